package jp.skilldev.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.RuleDataException;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Component;

/**
 * The subsidy amounts of the 人材育成支援コース (RULES §2 Amounts), per trainee then per case, with
 * rates looked up by the plan filing date:
 * <ul>
 * <li>a trainee who attended less than the minimum share of the planned hours is not counted;</li>
 * <li>expense subsidy (経費助成) = rate × expense paid, capped per trainee by Off-JT hours and company
 * size, never above what was paid;</li>
 * <li>wage subsidy (賃金助成) = hourly amount × Off-JT hours, the hours capped;</li>
 * <li>OJT lump sum (OJT実施助成) per trainee who did OJT in a work-study kind;</li>
 * <li>the "+" rates when the wage requirement is met (賃金要件);</li>
 * <li>then the establishment's fiscal-year limit, counting what was already decided in that year.</li>
 * </ul>
 * Fractions of a yen are truncated at each person-level amount.
 */
@Component
public class SubsidyAmounts {

    public static final String TABLE = "subsidy-rates";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TypedRuleTable<SubsidyRates> rates;

    public SubsidyAmounts(RuleBook ruleBook) {
        this.rates = ruleBook.typed(TABLE, SubsidyRates.class);
    }

    /** The rates in force for a plan filed on {@code planDate}, if the course existed then. */
    public Optional<Effective<SubsidyRates>> ratesOn(LocalDate planDate) {
        try {
            return Optional.of(rates.on(planDate));
        } catch (RuleDataException e) {
            return Optional.empty();
        }
    }

    /** Whether the rate table has a row for this worker type in this kind of training. */
    public boolean fits(TrainingKind kind, WorkerType workerType, LocalDate planDate) {
        return ratesOn(planDate).flatMap(r -> r.value().row(kind, workerType)).isPresent();
    }

    public TraineeAmount trainee(TrainingKind kind, CompanySize size, LocalDate planDate, TraineeClaim claim) {
        Effective<SubsidyRates> effective = rates.on(planDate);
        SubsidyRates r = effective.value();
        String citation = effective.citation();
        List<AmountLine> lines = new ArrayList<>();
        BigDecimal attended = claim.offJtHours().add(claim.ojtHours());
        boolean attendedEnough = attended.multiply(HUNDRED)
                .compareTo(r.minimumAttendancePercent().multiply(claim.plannedHours())) >= 0;
        lines.add(new AmountLine(claim.name(), "ATTENDANCE",
                "attended " + attended.toPlainString() + " h of " + claim.plannedHours().toPlainString()
                        + " h planned, at least " + r.minimumAttendancePercent().toPlainString() + "%",
                null, 0, citation + " minimumAttendancePercent"));
        Optional<SubsidyRates.RateRow> found = r.row(kind, claim.workerType());
        if (!attendedEnough || found.isEmpty()) {
            lines.add(new AmountLine(claim.name(), "NOT_COUNTED", found.isEmpty()
                    ? "no rate row for " + claim.workerType() + " in " + kind
                    : "attendance below the minimum", null, 0, citation));
            return new TraineeAmount(claim.name(), false, 0, 0, 0, lines);
        }
        SubsidyRates.RateRow row = found.get();
        String rowCitation = citation + " rows[" + kind + "/" + claim.workerType() + "]";
        boolean premium = claim.wageRequirementMet();
        long expense = expense(claim, size, r, row, premium, rowCitation, lines);
        long wage = wage(claim, size, r, premium, citation, lines);
        long ojt = ojt(claim, size, row, premium, rowCitation, lines);
        lines.add(new AmountLine(claim.name(), "TRAINEE_TOTAL", "expense + wage + OJT", null,
                expense + wage + ojt, citation));
        return new TraineeAmount(claim.name(), true, expense, wage, ojt, lines);
    }

    private static long expense(TraineeClaim claim, CompanySize size, SubsidyRates r, SubsidyRates.RateRow row,
                                boolean premium, String citation, List<AmountLine> lines) {
        BigDecimal percent = row.expensePercent().of(size);
        String rate = percent.toPlainString() + "%";
        if (premium) {
            percent = percent.add(row.expensePremiumPercent().of(size));
            rate += " + " + row.expensePremiumPercent().of(size).toPlainString() + "% (wage requirement)";
        }
        long computed = BigDecimal.valueOf(claim.expensePaidYen()).multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.DOWN).longValueExact();
        SubsidyRates.CapBand band = r.capBand(row.expenseCapSchedule(), claim.offJtHours());
        long cap = band.capYen().of(size).longValueExact();
        long amount = Math.min(Math.min(computed, cap), claim.expensePaidYen());
        String capText = (computed > cap ? "capped at " : "cap not reached: ") + cap + " yen (" + row.expenseCapSchedule()
                + ", Off-JT " + band.range() + ", " + size + "); never above the " + claim.expensePaidYen() + " yen paid";
        lines.add(new AmountLine(claim.name(), "EXPENSE_SUBSIDY", rate + " of " + claim.expensePaidYen() + " yen paid = "
                + computed + " yen (fraction truncated)", capText, amount, citation + " expenseCaps." + row.expenseCapSchedule()));
        return amount;
    }

    private static long wage(TraineeClaim claim, CompanySize size, SubsidyRates r, boolean premium, String citation,
                             List<AmountLine> lines) {
        BigDecimal hourly = r.wageHourlyYen().of(size);
        String rate = hourly.toPlainString() + " yen/h";
        if (premium) {
            hourly = hourly.add(r.wageHourlyPremiumYen().of(size));
            rate += " + " + r.wageHourlyPremiumYen().of(size).toPlainString() + " yen/h (wage requirement)";
        }
        BigDecimal hours = claim.offJtHours().min(r.wageSubsidyMaxHours());
        String capText = claim.offJtHours().compareTo(r.wageSubsidyMaxHours()) > 0
                ? "Off-JT hours capped at " + r.wageSubsidyMaxHours().toPlainString() + " h"
                : "hour cap " + r.wageSubsidyMaxHours().toPlainString() + " h not reached";
        long amount = hourly.multiply(hours).setScale(0, RoundingMode.DOWN).longValueExact();
        lines.add(new AmountLine(claim.name(), "WAGE_SUBSIDY", rate + " × " + hours.toPlainString()
                + " Off-JT h (fraction truncated)", capText, amount, citation + " wageHourlyYen, wageSubsidyMaxHours"));
        return amount;
    }

    private static long ojt(TraineeClaim claim, CompanySize size, SubsidyRates.RateRow row, boolean premium,
                            String citation, List<AmountLine> lines) {
        long lumpSum = row.ojtLumpSumYen().of(size).longValueExact();
        if (lumpSum == 0) {
            return 0;
        }
        String rate = lumpSum + " yen per trainee";
        if (premium) {
            lumpSum += row.ojtPremiumYen().of(size).longValueExact();
            rate += " + " + row.ojtPremiumYen().of(size).toPlainString() + " yen (wage requirement)";
        }
        long amount = claim.ojtHours().signum() > 0 ? lumpSum : 0;
        lines.add(new AmountLine(claim.name(), "OJT_LUMP_SUM", amount == 0 ? "no OJT hours attended" : rate, null, amount,
                citation + " ojtLumpSumYen"));
        return amount;
    }

    /** A payment claim: every trainee at the base rates, then the fiscal-year limit. */
    public CaseAmount claim(TrainingKind kind, CompanySize size, LocalDate planDate, List<TraineeClaim> trainees,
                            long alreadyDecidedYen) {
        List<TraineeAmount> amounts = trainees.stream()
                .map(t -> trainee(kind, size, planDate, t.withWageRequirementMet(false))).toList();
        return limited(planDate, amounts, alreadyDecidedYen);
    }

    /**
     * The wage-requirement premium claim: for each qualifying trainee, the amount with the "+" rates
     * less the amount without them (each part capped as in the payment claim), then the fiscal-year limit.
     */
    public CaseAmount premiumClaim(TrainingKind kind, CompanySize size, LocalDate planDate,
                                   List<TraineeClaim> qualifyingTrainees, long alreadyDecidedYen) {
        List<TraineeAmount> amounts = new ArrayList<>();
        for (TraineeClaim trainee : qualifyingTrainees) {
            TraineeAmount with = trainee(kind, size, planDate, trainee.withWageRequirementMet(true));
            TraineeAmount without = trainee(kind, size, planDate, trainee.withWageRequirementMet(false));
            List<AmountLine> lines = new ArrayList<>(with.lines());
            long expense = with.expenseYen() - without.expenseYen();
            long wage = with.wageYen() - without.wageYen();
            long ojt = with.ojtYen() - without.ojtYen();
            lines.add(new AmountLine(trainee.name(), "PREMIUM", "with the wage requirement " + with.totalYen()
                    + " yen − base " + without.totalYen() + " yen (expense " + expense + ", wage " + wage + ", OJT " + ojt
                    + ")", null, expense + wage + ojt, rates.on(planDate).citation()));
            amounts.add(new TraineeAmount(trainee.name(), with.counted(), expense, wage, ojt, lines));
        }
        return limited(planDate, amounts, alreadyDecidedYen);
    }

    private CaseAmount limited(LocalDate planDate, List<TraineeAmount> amounts, long alreadyDecidedYen) {
        Effective<SubsidyRates> effective = rates.on(planDate);
        long limit = effective.value().fiscalYearLimitYen();
        List<AmountLine> lines = new ArrayList<>();
        amounts.forEach(a -> lines.addAll(a.lines()));
        long subtotal = amounts.stream().mapToLong(TraineeAmount::totalYen).sum();
        lines.add(new AmountLine(null, "SUBTOTAL", "sum of " + amounts.size() + " trainee(s)", null, subtotal,
                effective.citation()));
        long remaining = Math.max(0, limit - alreadyDecidedYen);
        long total = Math.min(subtotal, remaining);
        lines.add(new AmountLine(null, "FISCAL_YEAR_LIMIT", "limit " + limit + " yen per establishment and fiscal year, "
                + alreadyDecidedYen + " yen already decided, " + remaining + " yen remaining",
                subtotal > remaining ? "capped at the remaining " + remaining + " yen" : "limit not reached", total,
                effective.citation() + " fiscalYearLimitYen"));
        return new CaseAmount(amounts, subtotal, limit, alreadyDecidedYen, total, lines);
    }
}
