package jp.skilldev.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Japanese national holidays for 1980–2099 under the National Holidays Act
 * (国民の祝日に関する法律): the national holidays of art. 2 with each rule's years of validity,
 * equinox days by the astronomical formula, substitute holidays (振替休日, art. 3(2)) and
 * citizens' holidays (国民の休日, art. 3(3)), plus the days special laws added or moved, which
 * come from rule data ({@link SpecialHolidayRules}).
 *
 * <p>Thread-safe: each year is computed once, on first use, and cached.
 */
public final class JapaneseHolidays {

    public static final int FIRST_YEAR = Equinox.FIRST_YEAR;
    public static final int LAST_YEAR = Equinox.LAST_YEAR;

    /** Classpath resource read by {@link #loadDefault()}. */
    public static final String DEFAULT_RULE_DATA = "ruledata/special-holidays.yaml";

    private final SpecialHolidayRules special;
    private final ConcurrentMap<Integer, NavigableMap<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    /**
     * @param special days added or moved by special laws; use {@link SpecialHolidayRules#none()}
     *                for the Act alone
     * @throws IllegalArgumentException if a special day lies outside 1980–2099, or a move names
     *                                  a holiday the Act does not put on its regular date
     */
    public JapaneseHolidays(SpecialHolidayRules special) {
        this.special = Objects.requireNonNull(special, "special");
        special.additions().forEach(a -> requireInRange(a.date()));
        special.moves().forEach(JapaneseHolidays::requireMovesARegularHoliday);
    }

    /** Holidays with the special-law days of {@value #DEFAULT_RULE_DATA} on the classpath. */
    public static JapaneseHolidays loadDefault() {
        return new JapaneseHolidays(SpecialHolidayRules.fromClasspath(DEFAULT_RULE_DATA));
    }

    /**
     * The holiday on a date, if any: national holiday, special-law day, substitute holiday or
     * citizens' holiday.
     *
     * @throws IllegalArgumentException if the date lies outside 1980–2099
     */
    public Optional<Holiday> holiday(LocalDate date) {
        requireInRange(date);
        return Optional.ofNullable(yearOf(date.getYear()).get(date));
    }

    /**
     * Whether the date is a holiday under the National Holidays Act, in the wide sense of the
     * Act on Holidays of Administrative Organs (行政機関の休日に関する法律) art. 1(1)(ii):
     * substitute and citizens' holidays count.
     *
     * @throws IllegalArgumentException if the date lies outside 1980–2099
     */
    public boolean isNationalHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /**
     * All holidays of a year, in date order.
     *
     * @throws IllegalArgumentException if the year lies outside 1980–2099
     */
    public List<Holiday> holidaysOf(int year) {
        requireInRange(year);
        return List.copyOf(yearOf(year).values());
    }

    private NavigableMap<LocalDate, Holiday> yearOf(int year) {
        return years.computeIfAbsent(year, y -> HolidayYear.compute(y, special));
    }

    private static void requireMovesARegularHoliday(HolidayMove move) {
        requireInRange(move.regularDate());
        int year = move.regularDate().getYear();
        boolean regular = NationalHolidayAct.NATIONAL_HOLIDAYS.stream()
                .flatMap(rule -> rule.in(year).stream())
                .anyMatch(h -> h.date().equals(move.regularDate()) && h.nameJa().equals(move.nameJa()));
        if (!regular) {
            throw new IllegalArgumentException("Special-holiday rule data moves " + move.nameJa() + " from "
                    + move.regularDate() + ", but the National Holidays Act puts no such holiday on that date");
        }
    }

    private static void requireInRange(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireInRange(date.getYear());
    }

    private static void requireInRange(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Japanese holidays are computed for " + FIRST_YEAR + "–"
                    + LAST_YEAR + " only (the range of the equinox formula); year " + year + " is outside it");
        }
    }
}
