package jp.skilldev.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseHolidaysTest {

    private static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.loadDefault();
    private static final Set<String> SUBSTITUTE_OR_CITIZENS = Set.of("振替休日", "国民の休日");

    private static Holiday h(String date, String nameJa, String nameEn) {
        return new Holiday(LocalDate.parse(date), nameJa, nameEn);
    }

    private static void assertHoliday(String date, String expectedNameJa) {
        Optional<Holiday> holiday = HOLIDAYS.holiday(LocalDate.parse(date));
        assertTrue(holiday.isPresent(), date + " should be " + expectedNameJa);
        assertEquals(expectedNameJa, holiday.get().nameJa(), date);
    }

    private static void assertNoHoliday(String date) {
        assertEquals(Optional.empty(), HOLIDAYS.holiday(LocalDate.parse(date)), date);
    }

    @Test
    void fullList2025MatchesCabinetOffice() {
        assertEquals(List.of(
                h("2025-01-01", "元日", "New Year's Day"),
                h("2025-01-13", "成人の日", "Coming of Age Day"),
                h("2025-02-11", "建国記念の日", "National Foundation Day"),
                h("2025-02-23", "天皇誕生日", "The Emperor's Birthday"),
                h("2025-02-24", "振替休日", "Substitute Holiday"),
                h("2025-03-20", "春分の日", "Vernal Equinox Day"),
                h("2025-04-29", "昭和の日", "Showa Day"),
                h("2025-05-03", "憲法記念日", "Constitution Memorial Day"),
                h("2025-05-04", "みどりの日", "Greenery Day"),
                h("2025-05-05", "こどもの日", "Children's Day"),
                h("2025-05-06", "振替休日", "Substitute Holiday"),
                h("2025-07-21", "海の日", "Marine Day"),
                h("2025-08-11", "山の日", "Mountain Day"),
                h("2025-09-15", "敬老の日", "Respect for the Aged Day"),
                h("2025-09-23", "秋分の日", "Autumnal Equinox Day"),
                h("2025-10-13", "スポーツの日", "Sports Day"),
                h("2025-11-03", "文化の日", "Culture Day"),
                h("2025-11-23", "勤労感謝の日", "Labor Thanksgiving Day"),
                h("2025-11-24", "振替休日", "Substitute Holiday")),
                HOLIDAYS.holidaysOf(2025));
    }

    @Test
    void fullList2026MatchesCabinetOffice() {
        assertEquals(List.of(
                h("2026-01-01", "元日", "New Year's Day"),
                h("2026-01-12", "成人の日", "Coming of Age Day"),
                h("2026-02-11", "建国記念の日", "National Foundation Day"),
                h("2026-02-23", "天皇誕生日", "The Emperor's Birthday"),
                h("2026-03-20", "春分の日", "Vernal Equinox Day"),
                h("2026-04-29", "昭和の日", "Showa Day"),
                h("2026-05-03", "憲法記念日", "Constitution Memorial Day"),
                h("2026-05-04", "みどりの日", "Greenery Day"),
                h("2026-05-05", "こどもの日", "Children's Day"),
                h("2026-05-06", "振替休日", "Substitute Holiday"),
                h("2026-07-20", "海の日", "Marine Day"),
                h("2026-08-11", "山の日", "Mountain Day"),
                h("2026-09-21", "敬老の日", "Respect for the Aged Day"),
                h("2026-09-22", "国民の休日", "Citizens' Holiday"),
                h("2026-09-23", "秋分の日", "Autumnal Equinox Day"),
                h("2026-10-12", "スポーツの日", "Sports Day"),
                h("2026-11-03", "文化の日", "Culture Day"),
                h("2026-11-23", "勤労感謝の日", "Labor Thanksgiving Day")),
                HOLIDAYS.holidaysOf(2026));
    }

    static IntStream cabinetOfficeYears() {
        return IntStream.rangeClosed(CabinetOfficeHolidayList.FIRST_YEAR, CabinetOfficeHolidayList.LAST_YEAR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cabinetOfficeYears")
    void everyYearFrom1980To2027MatchesTheCabinetOfficeList(int year) {
        List<CabinetOfficeHolidayList.Entry> official = CabinetOfficeHolidayList.of(year);
        List<Holiday> computed = HOLIDAYS.holidaysOf(year);

        assertEquals(official.stream().map(CabinetOfficeHolidayList.Entry::date).toList(),
                computed.stream().map(Holiday::date).toList());
        for (int i = 0; i < official.size(); i++) {
            assertEquals(official.get(i).substituteOrCitizens(),
                    SUBSTITUTE_OR_CITIZENS.contains(computed.get(i).nameJa()), computed.get(i).toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2019, 2020, 2021})
    void specialYearsMatchTheCabinetOfficeListWithNames(int year) {
        List<String> expected = switch (year) {
            case 2019 -> List.of("01-01 元日", "01-14 成人の日", "02-11 建国記念の日", "03-21 春分の日",
                    "04-29 昭和の日", "04-30 国民の休日", "05-01 天皇の即位の日", "05-02 国民の休日",
                    "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "05-06 振替休日", "07-15 海の日",
                    "08-11 山の日", "08-12 振替休日", "09-16 敬老の日", "09-23 秋分の日", "10-14 体育の日",
                    "10-22 即位礼正殿の儀", "11-03 文化の日", "11-04 振替休日", "11-23 勤労感謝の日");
            case 2020 -> List.of("01-01 元日", "01-13 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日",
                    "02-24 振替休日", "03-20 春分の日", "04-29 昭和の日", "05-03 憲法記念日", "05-04 みどりの日",
                    "05-05 こどもの日", "05-06 振替休日", "07-23 海の日", "07-24 スポーツの日", "08-10 山の日",
                    "09-21 敬老の日", "09-22 秋分の日", "11-03 文化の日", "11-23 勤労感謝の日");
            default -> List.of("01-01 元日", "01-11 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日",
                    "03-20 春分の日", "04-29 昭和の日", "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日",
                    "07-22 海の日", "07-23 スポーツの日", "08-08 山の日", "08-09 振替休日", "09-20 敬老の日",
                    "09-23 秋分の日", "11-03 文化の日", "11-23 勤労感謝の日");
        };
        assertEquals(expected, HOLIDAYS.holidaysOf(year).stream()
                .map(h -> h.date().toString().substring(5) + " " + h.nameJa()).toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "none", value = {
            "1988-04-29, 天皇誕生日",
            "1988-12-23, none",
            "1989-04-29, みどりの日",
            "1989-12-23, 天皇誕生日",
            "2018-12-23, 天皇誕生日",
            "2018-12-24, 振替休日",
            "2019-02-23, none",
            "2019-12-23, none",
            "2020-02-23, 天皇誕生日",
            "2020-02-24, 振替休日",
            "2020-12-23, none"})
    void emperorsBirthdayFollowsTheReign(String date, String nameJa) {
        if (nameJa == null) {
            assertNoHoliday(date);
        } else {
            assertHoliday(date, nameJa);
        }
    }

    @Test
    void emperorsBirthdayIsAbsentIn2019() {
        assertFalse(HOLIDAYS.holidaysOf(2019).stream().anyMatch(h -> h.nameJa().equals("天皇誕生日")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "2006-04-29, みどりの日",
            "2006-05-04, 国民の休日",
            "2007-04-29, 昭和の日",
            "2007-05-04, みどりの日",
            "2007-04-30, 振替休日"})
    void greeneryDayMovesToMay4In2007(String date, String nameJa) {
        assertHoliday(date, nameJa);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "none", value = {
            "1999-01-15, 成人の日",
            "1999-01-11, none",
            "2000-01-10, 成人の日",
            "2000-01-15, none",
            "1999-10-10, 体育の日",
            "1999-10-11, 振替休日",
            "2000-10-09, 体育の日",
            "2000-10-10, none",
            "1995-07-20, none",
            "1996-07-20, 海の日",
            "2002-07-20, 海の日",
            "2003-07-21, 海の日",
            "2003-07-20, none",
            "2002-09-15, 敬老の日",
            "2003-09-15, 敬老の日",
            "2004-09-15, none",
            "2004-09-20, 敬老の日",
            "2019-10-14, 体育の日",
            "2022-10-10, スポーツの日"})
    void happyMondayRulesStartInTheirYears(String date, String nameJa) {
        if (nameJa == null) {
            assertNoHoliday(date);
        } else {
            assertHoliday(date, nameJa);
        }
    }

    @Test
    void mountainDayStartsIn2016() {
        assertNoHoliday("2015-08-11");
        assertHoliday("2016-08-11", "山の日");
        assertEquals("Mountain Day", HOLIDAYS.holiday(LocalDate.of(2016, 8, 11)).orElseThrow().nameEn());
    }

    @Test
    void sportsDayRenamedFrom2020() {
        assertEquals("Health and Sports Day", HOLIDAYS.holiday(LocalDate.of(2019, 10, 14)).orElseThrow().nameEn());
        assertEquals("Sports Day", HOLIDAYS.holiday(LocalDate.of(2022, 10, 10)).orElseThrow().nameEn());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1980-03-20", "1980-09-23", "1983-09-23", "1988-03-20", "1992-03-20", "1997-03-20",
            "2000-09-23", "2012-09-22", "2016-09-22", "2020-09-22", "2023-03-21", "2024-03-20",
            "2024-09-22", "2025-03-20", "2025-09-23", "2026-03-20", "2026-09-23", "2027-03-21",
            "2030-03-20", "2044-09-22", "2092-03-19", "2099-03-20", "2099-09-23"})
    void equinoxDaysFollowTheAstronomicalFormula(LocalDate date) {
        String expected = date.getMonthValue() == 3 ? "春分の日" : "秋分の日";
        assertEquals(expected, HOLIDAYS.holiday(date).orElseThrow().nameJa());
        assertEquals(1, HOLIDAYS.holidaysOf(date.getYear()).stream()
                .filter(h -> h.nameJa().equals(expected)).count());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1980, 1990, 2000, 2012, 2024, 2050, 2092, 2099})
    void equinoxDaysStayWithinTheirKnownWindows(int year) {
        int vernal = Equinox.vernal(year).getDayOfMonth();
        int autumnal = Equinox.autumnal(year).getDayOfMonth();
        assertTrue(vernal >= 19 && vernal <= 21, "vernal " + vernal);
        assertTrue(autumnal >= 22 && autumnal <= 24, "autumnal " + autumnal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025-11-24",   // 勤労感謝の日 on Sunday
            "2025-02-24",   // 天皇誕生日 on Sunday
            "1980-11-24",   // rule of 1973: the Monday after
            "2017-01-02",   // 元日 on Sunday
            "2024-09-23"})  // 秋分の日 on Sunday
    void substituteHolidayAfterSundayHoliday(LocalDate date) {
        assertEquals("振替休日", HOLIDAYS.holiday(date).orElseThrow().nameJa());
        assertEquals("Substitute Holiday", HOLIDAYS.holiday(date).orElseThrow().nameEn());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2008-05-06", "2009-05-06", "2015-05-06", "2020-05-06", "2025-05-06", "2026-05-06"})
    void substituteHolidaySkipsFollowingHolidaysFrom2007(LocalDate date) {
        assertEquals("振替休日", HOLIDAYS.holiday(date).orElseThrow().nameJa());
    }

    @Test
    void substituteHolidayBefore2007IsOnlyTheNextDay() {
        // 1992-05-03 was a Sunday: 5/4 became the substitute, not a citizens' holiday, and the
        // pre-2007 rule never reached past 5/5.
        assertHoliday("1992-05-04", "振替休日");
        assertNoHoliday("1992-05-06");
        // 2003-05-04 was a Sunday but not then a national holiday: no substitute on 5/6.
        assertNoHoliday("2003-05-04");
        assertNoHoliday("2003-05-06");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1988-05-04", "1993-05-04", "2006-05-04", "2009-09-22", "2015-09-22", "2026-09-22",
            "2032-09-21", "2019-04-30", "2019-05-02"})
    void citizensHolidayBetweenTwoHolidays(LocalDate date) {
        assertEquals("国民の休日", HOLIDAYS.holiday(date).orElseThrow().nameJa());
        assertEquals("Citizens' Holiday", HOLIDAYS.holiday(date).orElseThrow().nameEn());
    }

    @Test
    void citizensHolidayNotOnSundayOrSubstituteBefore2007() {
        assertNoHoliday("1986-05-04");                // Sunday
        assertHoliday("1987-05-04", "振替休日");      // 5/3 was a Sunday
        assertNoHoliday("1997-05-04");                // Sunday
        assertNoHoliday("1985-05-04");                // before the 1985 amendment
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "1989-02-24, 昭和天皇の大喪の礼",
            "1990-11-12, 即位礼正殿の儀",
            "1993-06-09, 皇太子徳仁親王の結婚の儀",
            "2019-05-01, 天皇の即位の日",
            "2019-10-22, 即位礼正殿の儀"})
    void specialLawDaysComeFromRuleData(String date, String nameJa) {
        assertHoliday(date, nameJa);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2020-07-20", "2020-08-11", "2020-10-12", "2021-07-19", "2021-08-11", "2021-10-11"})
    void olympicYearsRegularDatesAreNotHolidays(String date) {
        assertNoHoliday(date);
    }

    @Test
    void withoutSpecialLawsOnlyTheActApplies() {
        JapaneseHolidays actOnly = new JapaneseHolidays(SpecialHolidayRules.none());
        assertTrue(actOnly.holiday(LocalDate.of(2019, 5, 1)).isEmpty());
        assertTrue(actOnly.holiday(LocalDate.of(2019, 4, 30)).isEmpty());
        assertEquals("海の日", actOnly.holiday(LocalDate.of(2020, 7, 20)).orElseThrow().nameJa());
        assertEquals("スポーツの日", actOnly.holiday(LocalDate.of(2020, 10, 12)).orElseThrow().nameJa());
    }

    @Test
    void specialDayOnSundayGetsSubstituteAndSandwichRules() {
        SpecialHolidayRules rules = new SpecialHolidayRules(List.of(
                new SpecialHoliday(LocalDate.of(2030, 6, 9), "特別な日", "Special Day", "test law"),
                new SpecialHoliday(LocalDate.of(2030, 6, 12), "別の日", "Other Day", "test law"),
                new SpecialHoliday(LocalDate.of(2030, 6, 14), "三つ目", "Third Day", "test law")), List.of());
        JapaneseHolidays holidays = new JapaneseHolidays(rules);

        assertEquals("振替休日", holidays.holiday(LocalDate.of(2030, 6, 10)).orElseThrow().nameJa());
        assertEquals("国民の休日", holidays.holiday(LocalDate.of(2030, 6, 13)).orElseThrow().nameJa());
        assertTrue(holidays.holiday(LocalDate.of(2030, 6, 11)).isEmpty());
    }

    @Test
    void isNationalHolidayCountsSubstituteAndCitizensHolidays() {
        assertTrue(HOLIDAYS.isNationalHoliday(LocalDate.of(2026, 9, 22)));
        assertTrue(HOLIDAYS.isNationalHoliday(LocalDate.of(2026, 5, 6)));
        assertTrue(HOLIDAYS.isNationalHoliday(LocalDate.of(2026, 1, 1)));
        assertFalse(HOLIDAYS.isNationalHoliday(LocalDate.of(2026, 1, 2)));
        assertFalse(HOLIDAYS.isNationalHoliday(LocalDate.of(2026, 5, 9))); // a plain Saturday
    }

    @Test
    void holidaysOfIsSortedAndUnmodifiable() {
        for (int year = JapaneseHolidays.FIRST_YEAR; year <= JapaneseHolidays.LAST_YEAR; year++) {
            List<Holiday> list = HOLIDAYS.holidaysOf(year);
            List<LocalDate> dates = list.stream().map(Holiday::date).toList();
            assertEquals(dates.stream().sorted().toList(), dates, "year " + year);
            final int y = year;
            assertTrue(dates.stream().allMatch(d -> d.getYear() == y), "year " + year);
            assertTrue(list.size() >= 12 && list.size() <= 22, year + ": " + list.size());
        }
        assertThrows(UnsupportedOperationException.class, () -> HOLIDAYS.holidaysOf(2025).clear());
    }

    @Test
    void boundYearsAreComputed() {
        assertHoliday("1980-01-01", "元日");
        assertHoliday("1980-11-24", "振替休日");
        assertHoliday("2099-01-01", "元日");
        assertHoliday("2099-11-23", "勤労感謝の日");
        assertEquals(LocalDate.of(2099, 11, 23), HOLIDAYS.holidaysOf(2099).get(HOLIDAYS.holidaysOf(2099).size() - 1).date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1979-12-31", "2100-01-01", "1900-01-01"})
    void datesOutsideTheSupportedRangeAreRejected(LocalDate date) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HOLIDAYS.holiday(date));
        assertTrue(e.getMessage().contains("1980–2099"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(date.getYear())), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HOLIDAYS.isNationalHoliday(date));
        assertThrows(IllegalArgumentException.class, () -> HOLIDAYS.holidaysOf(date.getYear()));
    }

    @Test
    void specialDayOutsideTheRangeIsRejected() {
        SpecialHolidayRules rules = new SpecialHolidayRules(List.of(
                new SpecialHoliday(LocalDate.of(1959, 4, 10), "皇太子明仁親王の結婚の儀", "Wedding", "law")), List.of());
        assertThrows(IllegalArgumentException.class, () -> new JapaneseHolidays(rules));
    }

    @Test
    void moveOfAHolidayTheActDoesNotHaveIsRejected() {
        SpecialHolidayRules rules = new SpecialHolidayRules(List.of(), List.of(
                new HolidayMove("海の日", "Marine Day", LocalDate.of(2020, 7, 21), LocalDate.of(2020, 7, 23), "law")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JapaneseHolidays(rules));
        assertTrue(e.getMessage().contains("2020-07-21"), e.getMessage());
    }

    @Test
    void yearsComputedConcurrentlyAgree() throws Exception {
        JapaneseHolidays fresh = JapaneseHolidays.loadDefault();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Holiday>>> results = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> fresh.holidaysOf(2020 + i % 8)))
                    .toList();
            for (int i = 0; i < results.size(); i++) {
                assertEquals(HOLIDAYS.holidaysOf(2020 + i % 8), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
