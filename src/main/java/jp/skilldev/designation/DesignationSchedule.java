package jp.skilldev.designation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.skilldev.calendar.AdministrativeCalendar;

/**
 * When a designation application is accepted, and from when to when the course is then designated
 * (RULES §1, seed 001 資料5). A window's last day is a filing deadline, so when it falls on an
 * administrative holiday the window stays open until the next business day (RULES §0); its opening
 * never moves.
 */
public final class DesignationSchedule {

    private final DesignationWindowRules rules;
    private final AdministrativeCalendar calendar;

    public DesignationSchedule(DesignationWindowRules rules, AdministrativeCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** An application filed inside a window. */
    public record Accepted(ApplicationWindow window, LocalDate lastFilingDay, LocalDate designatedFrom,
                           LocalDate designatedUntil) implements Decision {
    }

    /** An application filed outside every window, with the window that opens next. */
    public record Refused(ApplicationWindow nextWindow, LocalDate nextWindowLastFilingDay) implements Decision {
    }

    public sealed interface Decision permits Accepted, Refused {
    }

    public Decision forApplicationOn(LocalDate applicationDate) {
        for (ApplicationWindow window : windowsAround(applicationDate.getYear())) {
            LocalDate lastFilingDay = lastFilingDay(window);
            if (!applicationDate.isBefore(window.opens()) && !applicationDate.isAfter(lastFilingDay)) {
                return new Accepted(window, lastFilingDay, window.designatedFrom(), designatedUntil(window.designatedFrom()));
            }
        }
        ApplicationWindow next = nextWindowAfter(applicationDate)
                .orElseThrow(() -> new IllegalStateException("no application window after " + applicationDate));
        return new Refused(next, lastFilingDay(next));
    }

    /** The last day of a designation: the term in years, less one day (designated 2026-04-01 → 2029-03-31). */
    public LocalDate designatedUntil(LocalDate designatedFrom) {
        return designatedFrom.plusYears(rules.termYears()).minusDays(1);
    }

    /** The first window that opens after {@code date}. */
    public Optional<ApplicationWindow> nextWindowAfter(LocalDate date) {
        return windowsAround(date.getYear()).stream().filter(w -> w.opens().isAfter(date)).findFirst();
    }

    /**
     * The window in which a renewal must be filed so that the new designation starts the day after
     * the current one ends: the window whose designation date is that day.
     */
    public Optional<ApplicationWindow> renewalWindowFor(LocalDate designatedUntil) {
        LocalDate renewalStart = designatedUntil.plusDays(1);
        return windowsAround(renewalStart.getYear()).stream().filter(w -> w.designatedFrom().equals(renewalStart))
                .filter(w -> w.opens().isBefore(renewalStart))
                .max(Comparator.comparing(ApplicationWindow::opens));
    }

    /**
     * The day the provider is reminded to renew: the opening of the renewal window, or, when the
     * published windows offer none that starts the day after expiry, of the last window that opens
     * before the designation ends.
     */
    public LocalDate renewalReminderDay(LocalDate designatedUntil) {
        return renewalWindowFor(designatedUntil).map(ApplicationWindow::opens).orElseGet(() ->
                windowsAround(designatedUntil.getYear()).stream().map(ApplicationWindow::opens)
                        .filter(opens -> !opens.isAfter(designatedUntil)).reduce((a, b) -> b).orElse(designatedUntil));
    }

    public LocalDate lastFilingDay(ApplicationWindow window) {
        return calendar.onOrNextBusinessDay(window.closes());
    }

    /** The windows of the year before, the year and the year after, ordered by opening day. */
    private List<ApplicationWindow> windowsAround(int year) {
        List<ApplicationWindow> windows = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            windows.addAll(windowsOf(y));
        }
        windows.sort(Comparator.comparing(ApplicationWindow::opens));
        return windows;
    }

    /** A year's windows: the published ones, and the default for every window not published that year. */
    public List<ApplicationWindow> windowsOf(int year) {
        List<ApplicationWindow> windows = new ArrayList<>();
        for (DesignationWindowRules.DefaultWindow defaultWindow : rules.windows()) {
            Optional<DesignationWindowRules.PublishedWindow> published = rules.publishedWindows().stream()
                    .filter(p -> p.name().equals(defaultWindow.name()) && p.opens().getYear() == year)
                    .findFirst();
            windows.add(published.map(DesignationWindowRules.PublishedWindow::window)
                    .orElseGet(() -> defaultWindow.in(year)));
        }
        return windows;
    }
}
