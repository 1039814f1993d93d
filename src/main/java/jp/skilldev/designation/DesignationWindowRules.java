package jp.skilldev.designation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The rule data of the table {@code designation-windows}: default application windows
 * (申請受付期間) for every year, the windows the Ministry published for particular years, and the
 * designation term (指定期間).
 */
public record DesignationWindowRules(int termYears, List<DefaultWindow> windows, List<PublishedWindow> publishedWindows) {

    public DesignationWindowRules {
        if (termYears < 1) {
            throw new IllegalArgumentException("termYears must be at least 1");
        }
        if (windows == null || windows.isEmpty()) {
            throw new IllegalArgumentException("at least one default window is needed");
        }
        windows = List.copyOf(windows);
        publishedWindows = publishedWindows == null ? List.of() : List.copyOf(publishedWindows);
    }

    /** A window that recurs every year, written as month-days ("04-01"). */
    public record DefaultWindow(String name, String opens, String closes, String designatedFrom,
                                int designatedFromYearOffset) {

        public DefaultWindow {
            for (String monthDay : List.of(opens, closes, designatedFrom)) {
                parse(monthDay);
            }
            if (parse(closes).isBefore(parse(opens))) {
                throw new IllegalArgumentException("window " + name + " closes before it opens");
            }
        }

        ApplicationWindow in(int year) {
            return new ApplicationWindow(name, parse(opens).atYear(year), parse(closes).atYear(year),
                    parse(designatedFrom).atYear(year + designatedFromYearOffset));
        }

        private static MonthDay parse(String monthDay) {
            try {
                return MonthDay.parse("--" + monthDay);
            } catch (DateTimeException | NullPointerException e) {
                throw new IllegalArgumentException("'" + monthDay + "' is not a month-day (MM-DD)");
            }
        }
    }

    /** The exact dates that the Ministry published for one year's window; they replace the default. */
    public record PublishedWindow(String name, LocalDate opens, LocalDate closes, LocalDate designatedFrom) {

        public PublishedWindow {
            if (closes.isBefore(opens) || !designatedFrom.isAfter(closes)) {
                throw new IllegalArgumentException("published window " + name + " " + opens + " has inconsistent dates");
            }
        }

        ApplicationWindow window() {
            return new ApplicationWindow(name, opens, closes, designatedFrom);
        }
    }
}
