package jp.skilldev.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.skilldev.council.JobSeekerAllocation.Transfer;
import org.junit.jupiter.api.Test;

/** 資料6-2 job-seeker support training allocation (seed 001 lines 4173–4240). */
class JobSeekerAllocationTest {

    private static Map<String, Integer> seedFields() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("介護系", 150);
        fields.put("医療事務系", 75);
        fields.put("デジタル系", 200);
        fields.put("その他系", 195);
        return fields;
    }

    private static final JobSeekerAllocation SEED = new JobSeekerAllocation(885, 220, 665, seedFields(), 45);

    @Test
    void theSeedsAllocationAddsUpAndMayBeAdopted() {
        assertThat(SEED.problems()).isEmpty();
    }

    @Test
    void theSeedsPrintedSharesAreReproducedRoundedToWholePercent() {
        assertThat(SEED.basicShare().percentRounded(0)).isEqualByComparingTo("25");
        assertThat(SEED.shareOfPractical(150).percentRounded(0)).isEqualByComparingTo("23");
        assertThat(SEED.shareOfPractical(75).percentRounded(0)).isEqualByComparingTo("11");
        assertThat(SEED.shareOfPractical(200).percentRounded(0)).isEqualByComparingTo("30");
        assertThat(SEED.shareOfPractical(195).percentRounded(0)).isEqualByComparingTo("29");
        assertThat(SEED.shareOfPractical(45).percentRounded(0)).isEqualByComparingTo("7");
    }

    @Test
    void basicAndPracticalMustAddUpToTheCeiling() {
        JobSeekerAllocation oneOver = new JobSeekerAllocation(885, 221, 665, seedFields(), 45);
        assertThat(oneOver.problems()).extracting(JobSeekerAllocation.Problem::part).containsExactly("practical");
    }

    @Test
    void fieldsAndTheELearningPoolMustAddUpToThePracticalCourse() {
        JobSeekerAllocation poolForgotten = new JobSeekerAllocation(885, 220, 665, seedFields(), 0);
        assertThat(poolForgotten.problems()).extracting(JobSeekerAllocation.Problem::part).containsExactly("practicalFields");
        assertThat(poolForgotten.problems().get(0).message()).contains("620", "665");
    }

    @Test
    void negativeSharesAreRefused() {
        assertThat(new JobSeekerAllocation(885, -1, 886, seedFields(), 266).problems())
                .extracting(JobSeekerAllocation.Problem::part).containsExactly("allocation");
    }

    @Test
    void unusedPlacesMoveBetweenPracticalFieldsButNeverIntoELearning() {
        for (int quarter = 1; quarter <= 4; quarter++) {
            assertThat(JobSeekerAllocation.transferAllowed(Transfer.BETWEEN_PRACTICAL_FIELDS, quarter)).isTrue();
            assertThat(JobSeekerAllocation.transferAllowed(Transfer.INTO_E_LEARNING, quarter)).isFalse();
        }
    }

    @Test
    void basicAndPracticalExchangePlacesOnlyInTheFourthQuarter() {
        assertThat(JobSeekerAllocation.transferAllowed(Transfer.BETWEEN_BASIC_AND_PRACTICAL, 3)).isFalse();
        assertThat(JobSeekerAllocation.transferAllowed(Transfer.BETWEEN_BASIC_AND_PRACTICAL, 4)).isTrue();
    }
}
