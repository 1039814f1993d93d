package jp.skilldev.calendar;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static jp.skilldev.calendar.StatutoryHoliday.IN_FORCE;
import static jp.skilldev.calendar.StatutoryHoliday.fixed;
import static jp.skilldev.calendar.StatutoryHoliday.monday;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules of the National Holidays Act (国民の祝日に関する法律, Act No. 178 of 1948) and its
 * amendments, each with its years of validity. Special-law days are not here: they are rule
 * data ({@link SpecialHolidayRules}).
 */
final class NationalHolidayAct {

    /** Art. 2: the national holidays (国民の祝日). */
    static final List<StatutoryHoliday> NATIONAL_HOLIDAYS = List.of(
            new StatutoryHoliday("元日", "New Year's Day", 1949, IN_FORCE, fixed(JANUARY, 1)),
            new StatutoryHoliday("成人の日", "Coming of Age Day", 1949, 1999, fixed(JANUARY, 15)),
            new StatutoryHoliday("成人の日", "Coming of Age Day", 2000, IN_FORCE, monday(JANUARY, 2)),
            new StatutoryHoliday("建国記念の日", "National Foundation Day", 1967, IN_FORCE, fixed(FEBRUARY, 11)),
            new StatutoryHoliday("天皇誕生日", "The Emperor's Birthday", 1949, 1988, fixed(APRIL, 29)),
            new StatutoryHoliday("天皇誕生日", "The Emperor's Birthday", 1989, 2018, fixed(DECEMBER, 23)),
            // 2019 has none: the amendment moving it to 23 February took effect with the
            // accession on 2019-05-01, after that year's 23 February had passed.
            new StatutoryHoliday("天皇誕生日", "The Emperor's Birthday", 2020, IN_FORCE, fixed(FEBRUARY, 23)),
            new StatutoryHoliday("春分の日", "Vernal Equinox Day", Equinox.FIRST_YEAR, Equinox.LAST_YEAR,
                    Equinox::vernal),
            new StatutoryHoliday("みどりの日", "Greenery Day", 1989, 2006, fixed(APRIL, 29)),
            new StatutoryHoliday("昭和の日", "Showa Day", 2007, IN_FORCE, fixed(APRIL, 29)),
            new StatutoryHoliday("憲法記念日", "Constitution Memorial Day", 1949, IN_FORCE, fixed(MAY, 3)),
            new StatutoryHoliday("みどりの日", "Greenery Day", 2007, IN_FORCE, fixed(MAY, 4)),
            new StatutoryHoliday("こどもの日", "Children's Day", 1949, IN_FORCE, fixed(MAY, 5)),
            new StatutoryHoliday("海の日", "Marine Day", 1996, 2002, fixed(JULY, 20)),
            new StatutoryHoliday("海の日", "Marine Day", 2003, IN_FORCE, monday(JULY, 3)),
            new StatutoryHoliday("山の日", "Mountain Day", 2016, IN_FORCE, fixed(AUGUST, 11)),
            new StatutoryHoliday("敬老の日", "Respect for the Aged Day", 1966, 2002, fixed(SEPTEMBER, 15)),
            new StatutoryHoliday("敬老の日", "Respect for the Aged Day", 2003, IN_FORCE, monday(SEPTEMBER, 3)),
            new StatutoryHoliday("秋分の日", "Autumnal Equinox Day", Equinox.FIRST_YEAR, Equinox.LAST_YEAR,
                    Equinox::autumnal),
            new StatutoryHoliday("体育の日", "Health and Sports Day", 1966, 1999, fixed(OCTOBER, 10)),
            new StatutoryHoliday("体育の日", "Health and Sports Day", 2000, 2019, monday(OCTOBER, 2)),
            new StatutoryHoliday("スポーツの日", "Sports Day", 2020, IN_FORCE, monday(OCTOBER, 2)),
            new StatutoryHoliday("文化の日", "Culture Day", 1948, IN_FORCE, fixed(NOVEMBER, 3)),
            new StatutoryHoliday("勤労感謝の日", "Labor Thanksgiving Day", 1948, IN_FORCE, fixed(NOVEMBER, 23)));

    /**
     * Art. 3(2), substitute holiday (振替休日): in force since 1973-04-12. Until 2006 it was the
     * day after a national holiday falling on a Sunday; the 2005 amendment (effective
     * 2007-01-01) made it the first following day that is not a national holiday.
     */
    static final LocalDate SUBSTITUTE_SKIPS_HOLIDAYS_FROM = LocalDate.of(2007, 1, 1);

    /**
     * Art. 3(3), citizens' holiday (国民の休日): a day whose previous and next days are national
     * holidays. In force since 1985-12-27 (first occurrence 1988-05-04). Until 2006 the
     * provision excluded Sundays and substitute holidays; from 2007 it only excludes national
     * holidays.
     */
    static final LocalDate CITIZENS_HOLIDAY_FROM = LocalDate.of(1985, 12, 27);

    static final String SUBSTITUTE_JA = "振替休日";
    static final String SUBSTITUTE_EN = "Substitute Holiday";
    static final String CITIZENS_JA = "国民の休日";
    static final String CITIZENS_EN = "Citizens' Holiday";

    private NationalHolidayAct() {
    }
}
