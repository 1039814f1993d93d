package jp.skilldev.subsidy;

import java.util.List;

/**
 * The subsidy of one claim: the trainees' amounts, their sum, the establishment's fiscal-year limit
 * with what was already decided in that fiscal year, the amount payable, and every line of the way.
 */
public record CaseAmount(List<TraineeAmount> trainees, long subtotalYen, long fiscalYearLimitYen,
                         long alreadyDecidedYen, long totalYen, List<AmountLine> lines) {

    public CaseAmount {
        trainees = List.copyOf(trainees);
        lines = List.copyOf(lines);
    }

    public long expenseYen() {
        return trainees.stream().mapToLong(TraineeAmount::expenseYen).sum();
    }

    public long wageYen() {
        return trainees.stream().mapToLong(TraineeAmount::wageYen).sum();
    }

    public long ojtYen() {
        return trainees.stream().mapToLong(TraineeAmount::ojtYen).sum();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line.text()).append('\n'));
        return out.toString();
    }
}
