package jp.skilldev.portal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The next date an applicant must act by: what it is for, the day, the days left from today (negative
 * once passed) and the rule it comes from.
 */
public record NextDeadline(Bilingual what, LocalDate date, long daysLeft, String basis) {

    public static NextDeadline of(Bilingual what, LocalDate date, LocalDate today, String basis) {
        return new NextDeadline(what, date, ChronoUnit.DAYS.between(today, date), basis);
    }

    public boolean passed() {
        return daysLeft < 0;
    }
}
