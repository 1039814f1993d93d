package jp.skilldev.deadlines;

import java.time.LocalDate;
import jp.skilldev.calendar.Deadline;

/**
 * A period in which something may be filed: it opens on {@code earliest} (an opening never moves
 * for holidays) and closes on {@code latest.effective()}.
 */
public record FilingWindow(LocalDate earliest, Deadline latest) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest.effective());
    }
}
