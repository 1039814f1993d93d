package jp.skilldev.designation.process;

import java.time.LocalDate;
import java.util.Date;
import jp.skilldev.platform.EngineClock;

/** Timer due dates: the start of a Tokyo calendar day. */
final class TimerDates {

    private TimerDates() {
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(EngineClock.TOKYO).toInstant());
    }
}
