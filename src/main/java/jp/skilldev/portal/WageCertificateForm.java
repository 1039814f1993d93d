package jp.skilldev.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The wage certificate (賃金月額証明書): the wages of each of the six months before the leave, as the
 * leave-benefit API takes them. All six or none: a leave may be filed before its certificate.
 */
public class WageCertificateForm {

    public static final int MONTHS = 6;

    private List<@Min(value = 0, message = Messages.ZERO_OR_MORE) @Max(value = 100_000_000, message = Messages.TOO_LARGE) Long>
            monthlyWagesYen = new ArrayList<>(Collections.nCopies(MONTHS, (Long) null));

    public List<Long> getMonthlyWagesYen() { return monthlyWagesYen; }
    public void setMonthlyWagesYen(List<Long> monthlyWagesYen) { this.monthlyWagesYen = monthlyWagesYen; }

    boolean wagesGiven() {
        return monthlyWagesYen.stream().anyMatch(Objects::nonNull);
    }

    boolean wagesComplete() {
        return monthlyWagesYen.size() == MONTHS && monthlyWagesYen.stream().allMatch(Objects::nonNull);
    }

    long wagesSum() {
        return monthlyWagesYen.stream().mapToLong(Long::longValue).sum();
    }
}
