package jp.skilldev.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RULES §4 working group: ≥ 3 courses from different providers, each heard from provider, completer and employer. */
class WorkingGroupEvidenceTest {

    private static final CycleRules RULES = CouncilRuleData.ruleBook().typed("council-cycle", CycleRules.class)
            .on(new FiscalYear(2025).start()).value();
    private static final Set<HearingKind> ALL = EnumSet.allOf(HearingKind.class);

    private static List<String> missing(WorkingGroupEvidence.Course... courses) {
        return WorkingGroupEvidence.missing(RULES.workingGroupMinimumCourses(), List.of(courses));
    }

    @Test
    void threeFullyHeardCoursesFromThreeProvidersMayReport() {
        assertThat(missing(new WorkingGroupEvidence.Course("介護1", "A校", ALL), new WorkingGroupEvidence.Course("介護2", "B校", ALL),
                new WorkingGroupEvidence.Course("介護3", "C校", ALL))).isEmpty();
    }

    @Test
    void twoCoursesAreRefusedSayingHowManyAreNeeded() {
        assertThat(missing(new WorkingGroupEvidence.Course("介護1", "A校", ALL), new WorkingGroupEvidence.Course("介護2", "B校", ALL)))
                .singleElement().asString().contains("2コース", "3コース以上", "at least 3");
    }

    @Test
    void threeCoursesFromTwoProvidersAreRefused() {
        assertThat(missing(new WorkingGroupEvidence.Course("介護1", "A校", ALL), new WorkingGroupEvidence.Course("介護2", "B校", ALL),
                new WorkingGroupEvidence.Course("介護3", "A校", ALL)))
                .singleElement().asString().contains("異なる訓練実施機関", "different provider");
    }

    @Test
    void aCourseWithoutACompleterOrEmployerHearingIsNamed() {
        List<String> missing = missing(new WorkingGroupEvidence.Course("介護1", "A校", ALL),
                new WorkingGroupEvidence.Course("介護2", "B校", ALL),
                new WorkingGroupEvidence.Course("介護3", "C校", EnumSet.of(HearingKind.PROVIDER)));
        assertThat(missing).containsExactly(
                "コース「介護3」: 訓練修了者のヒアリングがありません / course '介護3': no hearing with the completer",
                "コース「介護3」: 採用企業のヒアリングがありません / course '介護3': no hearing with the hiring employer");
    }

    @Test
    void theCycleClosesOnlyWithTwoMeetingsOrMore() {
        assertThat(RULES.mayClose(1)).isFalse();
        assertThat(RULES.mayClose(2)).isTrue();
        assertThat(RULES.mayClose(3)).isTrue();
    }

    @Test
    void publicationAndMinistryReportDefaultToFourteenDays() {
        assertThat(RULES.publishWithinDays()).isEqualTo(14);
        assertThat(RULES.reportToMinistryWithinDays()).isEqualTo(14);
    }
}
