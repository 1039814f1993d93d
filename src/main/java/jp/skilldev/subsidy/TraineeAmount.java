package jp.skilldev.subsidy;

import java.util.List;

/** The subsidy for one trainee, each part truncated to whole yen, with its breakdown. */
public record TraineeAmount(String name, boolean counted, long expenseYen, long wageYen, long ojtYen,
                            List<AmountLine> lines) {

    public TraineeAmount {
        lines = List.copyOf(lines);
    }

    public long totalYen() {
        return expenseYen + wageYen + ojtYen;
    }
}
