package jp.skilldev.subsidy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rule data of the table {@code subsidy-rates}: rates, caps and limits of the 人材育成支援コース. */
public record SubsidyRates(long fiscalYearLimitYen, BigDecimal wageSubsidyMaxHours, BigDecimal minimumAttendancePercent,
                           BySize wageHourlyYen, BySize wageHourlyPremiumYen, List<RateRow> rows,
                           Map<String, List<CapBand>> expenseCaps) {

    /** One row of the seed 003 amount table: a kind of training and a worker type. */
    public record RateRow(TrainingKind kind, WorkerType workerType, String expenseCapSchedule, BySize expensePercent,
                          BySize expensePremiumPercent, BySize ojtLumpSumYen, BySize ojtPremiumYen) {
    }

    /** A per-trainee expense cap for Off-JT hours in {@code [fromHours, untilHours)}; an open band has no upper end. */
    public record CapBand(BigDecimal fromHours, BigDecimal untilHours, BySize capYen) {

        boolean contains(BigDecimal hours) {
            return hours.compareTo(fromHours) >= 0 && (untilHours == null || hours.compareTo(untilHours) < 0);
        }

        public String range() {
            return untilHours == null ? fromHours.toPlainString() + " h or more"
                    : fromHours.toPlainString() + " h to under " + untilHours.toPlainString() + " h";
        }
    }

    public SubsidyRates {
        rows = List.copyOf(rows);
        expenseCaps = Map.copyOf(expenseCaps);
        for (RateRow row : rows) {
            if (!expenseCaps.containsKey(row.expenseCapSchedule())) {
                throw new IllegalArgumentException("rate row " + row.kind() + "/" + row.workerType()
                        + " names the unknown cap schedule '" + row.expenseCapSchedule() + "'");
            }
        }
    }

    public Optional<RateRow> row(TrainingKind kind, WorkerType workerType) {
        return rows.stream().filter(r -> r.kind() == kind && r.workerType() == workerType).findFirst();
    }

    public CapBand capBand(String schedule, BigDecimal offJtHours) {
        return expenseCaps.get(schedule).stream().filter(b -> b.contains(offJtHours)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no expense cap band of '" + schedule + "' for "
                        + offJtHours + " h"));
    }
}
