package jp.skilldev.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates as a Japanese reader expects them, e.g. 2026年4月15日（水）; used by the templates as {@code @portalDates}. */
@Component
public class PortalDates {

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public String ja(LocalDate date) {
        if (date == null) {
            return "—";
        }
        return JA.format(date) + "（" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）";
    }

    /** "あと 3 日 / 3 days left", "本日まで / due today", "5 日経過 / 5 days overdue". */
    public String daysLeft(long days) {
        if (days > 0) {
            return "あと " + days + " 日 / " + days + (days == 1 ? " day left" : " days left");
        }
        if (days == 0) {
            return "本日が期限 / due today";
        }
        return -days + " 日経過 / " + -days + (days == -1 ? " day overdue" : " days overdue");
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(TOKYO));
    }

    public String yen(long amount) {
        return String.format(Locale.JAPAN, "%,d 円", amount);
    }
}
