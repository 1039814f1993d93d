package jp.skilldev.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed deadline (期限) and the basis shown to the user.
 *
 * @param from      the date the period is counted from (or, for a limit before an event, the event)
 * @param nominal   the last day by the period rule alone
 * @param effective the day the deadline actually falls on, after any move past administrative
 *                  holidays; never before {@code nominal}
 * @param basis     how the deadline was reached, in Japanese and English
 */
public record Deadline(LocalDate from, LocalDate nominal, LocalDate effective, Basis basis) {

    /**
     * Human-readable basis, e.g. "2 months from the day after training end 2025-01-31;
     * 2025-03-31 is a business day".
     */
    public record Basis(String ja, String en) {

        public Basis {
            Objects.requireNonNull(ja, "ja");
            Objects.requireNonNull(en, "en");
        }
    }

    public Deadline {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(basis, "basis");
        if (effective.isBefore(nominal)) {
            throw new IllegalArgumentException("A deadline never moves earlier: nominal " + nominal
                    + ", effective " + effective);
        }
    }

    /** Whether the deadline was moved past administrative holidays. */
    public boolean isRolled() {
        return !effective.equals(nominal);
    }
}
