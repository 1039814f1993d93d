package jp.skilldev.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubsidyAmountsTest {

    private static final LocalDate PLAN_DATE = LocalDate.of(2025, 6, 2);

    private final SubsidyAmounts amounts = new SubsidyAmounts(SubsidyRuleData.RULE_BOOK);

    private static TraineeClaim trainee(WorkerType type, String planned, String offJt, String ojt, long paid,
                                        boolean wageRequirementMet) {
        return new TraineeClaim("佐藤 花子", type, new BigDecimal(planned), new BigDecimal(offJt), new BigDecimal(ojt),
                paid, wageRequirementMet);
    }

    @ParameterizedTest(name = "{0} {1} {2} premium={3}: expense {4}, wage {5}, OJT {6}")
    @CsvSource({
            "HUMAN_RESOURCE_DEVELOPMENT, INSURED, SME, false, 45000, 152000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, INSURED, LARGE, false, 30000, 76000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, INSURED, SME, true, 60000, 192000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, INSURED, LARGE, true, 45000, 96000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, FIXED_TERM, SME, false, 60000, 152000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, FIXED_TERM, LARGE, false, 60000, 76000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, FIXED_TERM, SME, true, 75000, 192000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, FIXED_TERM_TO_REGULAR, SME, false, 70000, 152000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, FIXED_TERM_TO_REGULAR, LARGE, false, 70000, 76000, 0",
            "HUMAN_RESOURCE_DEVELOPMENT, FIXED_TERM_TO_REGULAR, LARGE, true, 100000, 96000, 0",
            "CERTIFIED_WORK_STUDY, INSURED, SME, false, 45000, 152000, 200000",
            "CERTIFIED_WORK_STUDY, INSURED, LARGE, false, 30000, 76000, 110000",
            "CERTIFIED_WORK_STUDY, INSURED, SME, true, 60000, 192000, 250000",
            "CERTIFIED_WORK_STUDY, FIXED_TERM, LARGE, true, 45000, 96000, 140000",
            "FIXED_TERM_WORK_STUDY, FIXED_TERM, SME, false, 60000, 152000, 100000",
            "FIXED_TERM_WORK_STUDY, FIXED_TERM, LARGE, false, 60000, 76000, 90000",
            "FIXED_TERM_WORK_STUDY, FIXED_TERM, SME, true, 75000, 192000, 130000",
            "FIXED_TERM_WORK_STUDY, FIXED_TERM, LARGE, true, 75000, 96000, 120000",
            "FIXED_TERM_WORK_STUDY, FIXED_TERM_TO_REGULAR, SME, false, 70000, 152000, 100000",
            "FIXED_TERM_WORK_STUDY, FIXED_TERM_TO_REGULAR, LARGE, true, 100000, 96000, 120000"})
    void eachRateRowOfTheSeedTablePays(TrainingKind kind, WorkerType type, CompanySize size, boolean premium,
                                       long expense, long wage, long ojt) {
        TraineeAmount amount = amounts.trainee(kind, size, PLAN_DATE, trainee(type, "400", "200", "200", 100_000, premium));

        assertThat(amount.counted()).isTrue();
        assertThat(amount.expenseYen()).isEqualTo(expense);
        assertThat(amount.wageYen()).isEqualTo(wage);
        assertThat(amount.ojtYen()).isEqualTo(ojt);
        assertThat(amount.totalYen()).isEqualTo(expense + wage + ojt);
    }

    @ParameterizedTest(name = "{0} {1}, Off-JT {2} h, {3} yen paid → expense subsidy {4}")
    @CsvSource({
            "INSURED, SME, 99.5, 222222, 99999",
            "INSURED, SME, 99.5, 222223, 100000",
            "INSURED, SME, 99.5, 222225, 100000",
            "INSURED, SME, 100, 222225, 100001",
            "INSURED, SME, 199.5, 500000, 200000",
            "INSURED, SME, 200, 500000, 225000",
            "INSURED, SME, 200, 1000000, 300000",
            "INSURED, LARGE, 99.5, 1000000, 70000",
            "INSURED, LARGE, 100, 1000000, 150000",
            "INSURED, LARGE, 200, 1000000, 200000",
            "FIXED_TERM_TO_REGULAR, SME, 99.5, 1000000, 150000",
            "FIXED_TERM_TO_REGULAR, SME, 100, 1000000, 300000",
            "FIXED_TERM_TO_REGULAR, SME, 200, 1000000, 500000",
            "FIXED_TERM_TO_REGULAR, LARGE, 99.5, 1000000, 100000",
            "FIXED_TERM_TO_REGULAR, LARGE, 100, 1000000, 200000",
            "FIXED_TERM_TO_REGULAR, LARGE, 200, 1000000, 300000"})
    void expenseSubsidyIsCappedPerTraineeByOffJtHoursAndSize(WorkerType type, CompanySize size, String offJt,
                                                             long paid, long expected) {
        TraineeAmount amount = amounts.trainee(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, size, PLAN_DATE,
                trainee(type, offJt, offJt, "0", paid, false));

        assertThat(amount.expenseYen()).isEqualTo(expected);
    }

    @Test
    void bindingCapIsNamedInTheBreakdown() {
        TraineeAmount amount = amounts.trainee(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.SME, PLAN_DATE,
                trainee(WorkerType.INSURED, "50", "50", "0", 1_000_000, false));

        AmountLine expense = amount.lines().stream().filter(l -> l.rule().equals("EXPENSE_SUBSIDY")).findFirst().orElseThrow();
        assertThat(expense.rate()).contains("45% of 1000000 yen paid = 450000 yen");
        assertThat(expense.capApplied()).contains("capped at 100000 yen", "general", "0 h to under 100 h", "SME");
        assertThat(expense.amountYen()).isEqualTo(100_000);
        assertThat(expense.citation()).startsWith("subsidy-rates (2023-04-01").contains("expenseCaps.general");
    }

    @ParameterizedTest(name = "Off-JT {0} h → wage subsidy {1}")
    @CsvSource({"1199.5, 911620", "1200, 912000", "1201, 912000"})
    void wageSubsidyHoursAreCappedAt1200(String offJt, long expected) {
        TraineeAmount amount = amounts.trainee(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.SME, PLAN_DATE,
                trainee(WorkerType.INSURED, "1201", offJt, "0", 0, false));

        assertThat(amount.wageYen()).isEqualTo(expected);
    }

    @Test
    void traineeBelowEightyPercentAttendanceIsNotCounted() {
        TraineeAmount below = amounts.trainee(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.SME, PLAN_DATE,
                trainee(WorkerType.INSURED, "100", "79.9", "0", 100_000, false));
        TraineeAmount at = amounts.trainee(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.SME, PLAN_DATE,
                trainee(WorkerType.INSURED, "100", "80", "0", 100_000, false));

        assertThat(below.counted()).isFalse();
        assertThat(below.totalYen()).isZero();
        assertThat(below.lines()).extracting(AmountLine::rule).contains("NOT_COUNTED");
        assertThat(at.counted()).isTrue();
        assertThat(at.totalYen()).isEqualTo(45_000 + 60_800);
    }

    @Test
    void yenFractionsAreTruncatedAtEachPersonLevelAmount() {
        TraineeAmount amount = amounts.trainee(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.LARGE, PLAN_DATE,
                trainee(WorkerType.INSURED, "10.33", "10.33", "0", 333, false));

        assertThat(amount.expenseYen()).isEqualTo(99);   // 30% of 333 = 99.9
        assertThat(amount.wageYen()).isEqualTo(3925);    // 380 × 10.33 = 3925.4
    }

    @Test
    void workerTypeWithoutRateRowIsNotCounted() {
        TraineeAmount amount = amounts.trainee(TrainingKind.FIXED_TERM_WORK_STUDY, CompanySize.SME, PLAN_DATE,
                trainee(WorkerType.INSURED, "400", "200", "200", 100_000, false));

        assertThat(amount.counted()).isFalse();
        assertThat(amount.totalYen()).isZero();
    }

    @Test
    void ojtLumpSumNeedsOjtHours() {
        TraineeAmount amount = amounts.trainee(TrainingKind.CERTIFIED_WORK_STUDY, CompanySize.SME, PLAN_DATE,
                trainee(WorkerType.INSURED, "400", "400", "0", 0, false));

        assertThat(amount.ojtYen()).isZero();
    }

    @ParameterizedTest(name = "{0} yen already decided → {1} yen payable of 197000")
    @CsvSource({"0, 197000", "9803000, 197000", "9803001, 196999", "9900000, 100000", "10000000, 0", "10500000, 0"})
    void fiscalYearLimitCountsWhatWasAlreadyDecided(long alreadyDecided, long payable) {
        CaseAmount amount = amounts.claim(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.SME, PLAN_DATE,
                List.of(trainee(WorkerType.INSURED, "200", "200", "0", 100_000, false)), alreadyDecided);

        assertThat(amount.subtotalYen()).isEqualTo(197_000);
        assertThat(amount.totalYen()).isEqualTo(payable);
    }

    @Test
    void fiscalYearLimitIsCrossedWithinOneClaimOfManyTrainees() {
        List<TraineeClaim> trainees = IntStream.range(0, 40)
                .mapToObj(i -> new TraineeClaim("trainee " + i, WorkerType.FIXED_TERM_TO_REGULAR, new BigDecimal("200"),
                        new BigDecimal("200"), BigDecimal.ZERO, 1_000_000, false))
                .toList();

        CaseAmount amount = amounts.claim(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.SME, PLAN_DATE, trainees, 0);

        assertThat(amount.subtotalYen()).isEqualTo(40L * (500_000 + 152_000));
        assertThat(amount.totalYen()).isEqualTo(10_000_000);
        AmountLine limit = amount.lines().get(amount.lines().size() - 1);
        assertThat(limit.rule()).isEqualTo("FISCAL_YEAR_LIMIT");
        assertThat(limit.capApplied()).isEqualTo("capped at the remaining 10000000 yen");
    }

    @Test
    void paymentClaimUsesBaseRatesEvenWhenTheWageRequirementIsMet() {
        CaseAmount amount = amounts.claim(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.SME, PLAN_DATE,
                List.of(trainee(WorkerType.INSURED, "200", "200", "0", 100_000, true)), 0);

        assertThat(amount.totalYen()).isEqualTo(45_000 + 152_000);
    }

    @Test
    void premiumClaimPaysTheDifferenceThePlusRatesMake() {
        CaseAmount amount = amounts.premiumClaim(TrainingKind.CERTIFIED_WORK_STUDY, CompanySize.SME, PLAN_DATE,
                List.of(trainee(WorkerType.INSURED, "400", "200", "200", 100_000, true)), 0);

        assertThat(amount.expenseYen()).isEqualTo(15_000);
        assertThat(amount.wageYen()).isEqualTo(40_000);
        assertThat(amount.ojtYen()).isEqualTo(50_000);
        assertThat(amount.totalYen()).isEqualTo(105_000);
        assertThat(amount.lines()).extracting(AmountLine::rule).contains("PREMIUM");
    }

    @Test
    void premiumIsLimitedByTheCapOfTheTotal() {
        // base 45% of 1,000,000 is already capped at 300,000, so the +15% adds nothing to the expense part
        CaseAmount amount = amounts.premiumClaim(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, CompanySize.SME, PLAN_DATE,
                List.of(trainee(WorkerType.INSURED, "200", "200", "0", 1_000_000, true)), 0);

        assertThat(amount.expenseYen()).isZero();
        assertThat(amount.wageYen()).isEqualTo(40_000);
    }

    @Test
    void noRatesBeforeTheCourseExisted() {
        assertThat(amounts.ratesOn(LocalDate.of(2023, 3, 31))).isEmpty();
        assertThat(amounts.ratesOn(LocalDate.of(2023, 4, 1))).isPresent();
    }
}
