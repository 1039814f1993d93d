package jp.skilldev.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.skilldev.designation.CriterionResult.Criterion;
import jp.skilldev.designation.DesignationCriteriaRules.TierConditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesignationCriteriaTest {

    private static final List<DeliveryMode> ALL = List.of(DeliveryMode.values());
    private static final DesignationCriteria CRITERIA = new DesignationCriteria(new DesignationCriteriaRules(12, Map.of(
            CourseTier.GENERAL, new TierConditions(50, 1, 12, ALL, false),
            CourseTier.SPECIFIC_GENERAL, new TierConditions(15, 1, 12, ALL, true),
            CourseTier.SPECIALIZED_PRACTICAL, new TierConditions(120, 12, 36,
                    List.of(DeliveryMode.CLASSROOM, DeliveryMode.ONLINE), true))), "designation-criteria test");
    private static final LocalDate APPLIED = LocalDate.of(2026, 10, 5);

    private static CourseFacts general(int hours, int months, LocalDate since) {
        return new CourseFacts(CourseTier.GENERAL, hours, months, DeliveryMode.CLASSROOM, null, since, "施設 太郎", "苦情 花子");
    }

    private static CriterionResult result(CriteriaReport report, Criterion criterion) {
        return report.results().stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "track record since {0} on 2026-10-05: met={1}")
    @CsvSource({"2025-10-04, true", "2025-10-05, true", "2025-10-06, false"})
    void trackRecordMustCoverOneBusinessYearByTheApplicationDate(LocalDate since, boolean met) {
        CriterionResult trackRecord = result(CRITERIA.check(general(60, 3, since), APPLIED), Criterion.TRACK_RECORD);

        assertThat(trackRecord.met()).isEqualTo(met);
        assertThat(trackRecord.en()).contains(since.toString()).contains("12 months");
    }

    @Test
    void courseMeetingEveryCriterionHasNoFailedCheck() {
        CriteriaReport report = CRITERIA.check(general(50, 12, LocalDate.of(2020, 4, 1)), APPLIED);

        assertThat(report.allMet()).isTrue();
        assertThat(report.results()).hasSize(Criterion.values().length);
        assertThat(report.summary()).startsWith("✔ ").doesNotContain("✘");
    }

    @Test
    void missingFacilityManagerAndComplaintsOfficerAreListedNotRejected() {
        CourseFacts facts = new CourseFacts(CourseTier.GENERAL, 60, 3, DeliveryMode.CLASSROOM, null,
                LocalDate.of(2020, 4, 1), " ", null);

        CriteriaReport report = CRITERIA.check(facts, APPLIED);

        assertThat(report.failed()).extracting(CriterionResult::criterion)
                .containsExactly(Criterion.FACILITY_MANAGER, Criterion.COMPLAINTS_OFFICER);
        assertThat(report.summary()).contains("✘ 施設管理者 が未記載 / facility manager not named");
    }

    @ParameterizedTest(name = "GENERAL with {0} hours: met={1}")
    @CsvSource({"49, false", "50, true", "51, true"})
    void generalCourseNeedsFiftyTrainingHours(int hours, boolean met) {
        assertThat(result(CRITERIA.check(general(hours, 3, LocalDate.of(2020, 4, 1)), APPLIED), Criterion.TRAINING_HOURS)
                .met()).isEqualTo(met);
    }

    @ParameterizedTest(name = "GENERAL lasting {0} months: met={1}")
    @CsvSource({"0, false", "1, true", "12, true", "13, false"})
    void generalCourseLastsOneMonthToOneYear(int months, boolean met) {
        assertThat(result(CRITERIA.check(general(60, months, LocalDate.of(2020, 4, 1)), APPLIED), Criterion.DURATION)
                .met()).isEqualTo(met);
    }

    @Test
    void specializedPracticalCourseByCorrespondenceWithoutQualificationFailsItsTierConditions() {
        CourseFacts facts = new CourseFacts(CourseTier.SPECIALIZED_PRACTICAL, 119, 11, DeliveryMode.CORRESPONDENCE, "",
                LocalDate.of(2020, 4, 1), "施設 太郎", "苦情 花子");

        CriteriaReport report = CRITERIA.check(facts, APPLIED);

        assertThat(report.failed()).extracting(CriterionResult::criterion).containsExactly(
                Criterion.TRAINING_HOURS, Criterion.DURATION, Criterion.DELIVERY_MODE, Criterion.TARGET_QUALIFICATION);
        assertThat(result(report, Criterion.TRAINING_HOURS).en()).contains("minimum of 120");
    }

    @Test
    void specificGeneralCourseNamingItsQualificationMeetsTheTierConditions() {
        CourseFacts facts = new CourseFacts(CourseTier.SPECIFIC_GENERAL, 15, 1, DeliveryMode.ONLINE, "介護職員初任者研修",
                LocalDate.of(2020, 4, 1), "施設 太郎", "苦情 花子");

        assertThat(CRITERIA.check(facts, APPLIED).allMet()).isTrue();
    }
}
