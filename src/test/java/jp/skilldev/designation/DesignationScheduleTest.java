package jp.skilldev.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.skilldev.calendar.AdministrativeCalendar;
import jp.skilldev.calendar.JapaneseHolidays;
import jp.skilldev.designation.DesignationSchedule.Accepted;
import jp.skilldev.designation.DesignationSchedule.Refused;
import jp.skilldev.designation.DesignationWindowRules.DefaultWindow;
import jp.skilldev.designation.DesignationWindowRules.PublishedWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesignationScheduleTest {

    private static final AdministrativeCalendar CALENDAR = new AdministrativeCalendar(JapaneseHolidays.loadDefault());
    private static final List<DefaultWindow> DEFAULT_WINDOWS = List.of(
            new DefaultWindow("APRIL", "04-01", "04-30", "10-01", 0),
            new DefaultWindow("OCTOBER", "10-01", "10-31", "04-01", 1));
    private static final DesignationSchedule DEFAULTS =
            new DesignationSchedule(new DesignationWindowRules(3, DEFAULT_WINDOWS, List.of()), CALENDAR);

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @ParameterizedTest(name = "{0} is accepted in the {1} window, designated {2} – {3}")
    @CsvSource({
            "2026-04-01, APRIL,   2026-10-01, 2029-09-30",
            "2026-04-02, APRIL,   2026-10-01, 2029-09-30",
            "2026-04-30, APRIL,   2026-10-01, 2029-09-30",
            "2026-10-01, OCTOBER, 2027-04-01, 2030-03-31",
            "2026-10-30, OCTOBER, 2027-04-01, 2030-03-31",
            "2026-10-31, OCTOBER, 2027-04-01, 2030-03-31",
            "2026-11-02, OCTOBER, 2027-04-01, 2030-03-31"})
    void applicationInsideAWindowIsDesignatedFromItsDayForThreeYearsLessADay(String applied, String window,
                                                                             String from, String until) {
        Accepted accepted = (Accepted) DEFAULTS.forApplicationOn(d(applied));

        assertThat(accepted.window().name()).isEqualTo(window);
        assertThat(accepted.designatedFrom()).isEqualTo(d(from));
        assertThat(accepted.designatedUntil()).isEqualTo(d(until));
    }

    @ParameterizedTest(name = "{0} is refused; the next window opens {1}")
    @CsvSource({
            "2026-03-31, APRIL,   2026-04-01, 2026-04-30",
            "2026-05-01, OCTOBER, 2026-10-01, 2026-11-02",
            "2026-09-30, OCTOBER, 2026-10-01, 2026-11-02",
            "2026-11-03, APRIL,   2027-04-01, 2027-04-30"})
    void applicationOutsideEveryWindowIsToldTheNextWindow(String applied, String window, String opens,
                                                         String lastFilingDay) {
        Refused refused = (Refused) DEFAULTS.forApplicationOn(d(applied));

        assertThat(refused.nextWindow().name()).isEqualTo(window);
        assertThat(refused.nextWindow().opens()).isEqualTo(d(opens));
        assertThat(refused.nextWindowLastFilingDay()).isEqualTo(d(lastFilingDay));
    }

    @Test
    void windowClosingOnASaturdayStaysOpenUntilMondayButNotThroughCultureDay() {
        // 2026-10-31 is a Saturday; 2026-11-03 is 文化の日.
        Accepted monday = (Accepted) DEFAULTS.forApplicationOn(d("2026-11-02"));

        assertThat(monday.window().closes()).isEqualTo(d("2026-10-31"));
        assertThat(monday.lastFilingDay()).isEqualTo(d("2026-11-02"));
        assertThat(DEFAULTS.forApplicationOn(d("2026-11-03"))).isInstanceOf(Refused.class);
    }

    @Test
    void windowOpeningOnAHolidayIsNotMoved() {
        // 2028-10-01 is a Sunday: the window opens that day all the same.
        assertThat(DEFAULTS.forApplicationOn(d("2028-10-01"))).isInstanceOf(Accepted.class);
    }

    @Test
    void publishedWindowReplacesTheDefaultOfItsYearOnly() {
        DesignationSchedule schedule = new DesignationSchedule(new DesignationWindowRules(3, DEFAULT_WINDOWS,
                List.of(new PublishedWindow("APRIL", d("2027-04-05"), d("2027-05-07"), d("2027-10-01")))), CALENDAR);

        Refused early = (Refused) schedule.forApplicationOn(d("2027-04-02"));
        assertThat(early.nextWindow().opens()).isEqualTo(d("2027-04-05"));
        assertThat(early.nextWindowLastFilingDay()).isEqualTo(d("2027-05-07"));
        assertThat(schedule.forApplicationOn(d("2027-04-05"))).isInstanceOf(Accepted.class);
        assertThat(((Accepted) schedule.forApplicationOn(d("2027-05-07"))).designatedFrom()).isEqualTo(d("2027-10-01"));
        assertThat(schedule.forApplicationOn(d("2027-05-10"))).isInstanceOf(Refused.class);
        assertThat(schedule.forApplicationOn(d("2028-04-03"))).isInstanceOf(Accepted.class);
        // 2028-04-30 is a Sunday: the default window of 2028 stays open through Monday 1 May.
        assertThat(schedule.forApplicationOn(d("2028-05-01"))).isInstanceOf(Accepted.class);
        assertThat(schedule.forApplicationOn(d("2028-05-02"))).isInstanceOf(Refused.class);
    }

    @Test
    void renewalIsFiledInTheWindowWhoseDesignationStartsTheDayAfterExpiry() {
        assertThat(DEFAULTS.renewalWindowFor(d("2030-03-31")).orElseThrow())
                .isEqualTo(new ApplicationWindow("OCTOBER", d("2029-10-01"), d("2029-10-31"), d("2030-04-01")));
        assertThat(DEFAULTS.renewalWindowFor(d("2029-09-30")).orElseThrow())
                .isEqualTo(new ApplicationWindow("APRIL", d("2029-04-01"), d("2029-04-30"), d("2029-10-01")));
        assertThat(DEFAULTS.renewalWindowFor(d("2029-06-30"))).isEmpty();
    }

    @Test
    void termEndsTheDayBeforeTheSameDayThreeYearsLater() {
        assertThat(DEFAULTS.designatedUntil(d("2026-04-01"))).isEqualTo(d("2029-03-31"));
        assertThat(DEFAULTS.designatedUntil(d("2027-10-01"))).isEqualTo(d("2030-09-30"));
    }

    @Test
    void nextWindowAfterADayIsTheFirstThatOpensStrictlyLater() {
        assertThat(DEFAULTS.nextWindowAfter(d("2026-04-01")).orElseThrow().opens()).isEqualTo(d("2026-10-01"));
        assertThat(DEFAULTS.nextWindowAfter(d("2026-03-31")).orElseThrow().opens()).isEqualTo(d("2026-04-01"));
    }

    @Test
    void renewalReminderGoesOutWhenTheRenewalWindowOpens() {
        assertThat(DEFAULTS.renewalReminderDay(d("2030-03-31"))).isEqualTo(d("2029-10-01"));
        // A term ending mid-year has no window designating the next day: the last window before expiry.
        assertThat(DEFAULTS.renewalReminderDay(d("2029-06-30"))).isEqualTo(d("2029-04-01"));
    }
}
