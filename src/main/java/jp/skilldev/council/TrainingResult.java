package jp.skilldev.council;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the results of a fiscal year (実績) for a training type and field, as the council's
 * tables give them. A {@code null} count is one the table does not give ("ー"). Counts may carry one
 * decimal place: in-service training counts people in halves for short courses (seed 001 資料1-2, 1286.5).
 *
 * @param field       the training field (訓練分野, e.g. 介護・医療・福祉系), or {@link #TOTAL} for the type's published total
 * @param planned     計画数
 * @param capacity    定員数 of the courses opened that year
 * @param applicants  応募者数
 * @param entrants    入校者数
 * @param students    受講者数 (entrants plus those carried over from the previous year)
 * @param completers  修了者数, including those who left early for a job
 * @param employed    就職者数 3 months after completion
 */
public record TrainingResult(TrainingType type, String field, BigDecimal planned, BigDecimal capacity,
                             BigDecimal applicants, BigDecimal entrants, BigDecimal students,
                             BigDecimal completers, BigDecimal employed) {

    /** The field name of a type's total line (合計). */
    public static final String TOTAL = "合計";

    public TrainingResult {
        Objects.requireNonNull(type, "type");
        field = field == null || field.isBlank() ? TOTAL : field.strip();
    }

    public boolean isTotal() {
        return TOTAL.equals(field);
    }
}
