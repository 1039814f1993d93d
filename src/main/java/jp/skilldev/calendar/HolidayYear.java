package jp.skilldev.calendar;

import static jp.skilldev.calendar.NationalHolidayAct.CITIZENS_EN;
import static jp.skilldev.calendar.NationalHolidayAct.CITIZENS_HOLIDAY_FROM;
import static jp.skilldev.calendar.NationalHolidayAct.CITIZENS_JA;
import static jp.skilldev.calendar.NationalHolidayAct.SUBSTITUTE_EN;
import static jp.skilldev.calendar.NationalHolidayAct.SUBSTITUTE_JA;
import static jp.skilldev.calendar.NationalHolidayAct.SUBSTITUTE_SKIPS_HOLIDAYS_FROM;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Computes the holidays of one year. The order of the steps is the order of the Act: the
 * national holidays (art. 2, as amended by special laws) first, because both the substitute
 * holiday (art. 3(2)) and the citizens' holiday (art. 3(3)) are defined by reference to them.
 * No rule reaches across New Year, so each year can be computed on its own.
 */
final class HolidayYear {

    private HolidayYear() {
    }

    static NavigableMap<LocalDate, Holiday> compute(int year, SpecialHolidayRules special) {
        NavigableMap<LocalDate, Holiday> national = nationalHolidays(year, special);
        NavigableMap<LocalDate, Holiday> all = new TreeMap<>(national);
        substituteHolidays(national).forEach(h -> all.put(h.date(), h));
        citizensHolidays(national, all).forEach(h -> all.put(h.date(), h));
        return Collections.unmodifiableNavigableMap(all);
    }

    private static NavigableMap<LocalDate, Holiday> nationalHolidays(int year, SpecialHolidayRules special) {
        NavigableMap<LocalDate, Holiday> national = new TreeMap<>();
        for (StatutoryHoliday rule : NationalHolidayAct.NATIONAL_HOLIDAYS) {
            rule.in(year).ifPresent(h -> national.put(h.date(), h));
        }
        for (HolidayMove move : special.moves()) {
            if (move.regularDate().getYear() == year) {
                national.remove(move.regularDate());
                national.put(move.movedDate(), move.toHoliday());
            }
        }
        for (SpecialHoliday addition : special.additions()) {
            if (addition.date().getYear() == year) {
                national.put(addition.date(), addition.toHoliday());
            }
        }
        return national;
    }

    private static List<Holiday> substituteHolidays(NavigableMap<LocalDate, Holiday> national) {
        List<Holiday> substitutes = new ArrayList<>();
        for (LocalDate date : national.keySet()) {
            if (date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                continue;
            }
            LocalDate next = date.plusDays(1);
            if (date.isBefore(SUBSTITUTE_SKIPS_HOLIDAYS_FROM)) {
                if (!national.containsKey(next)) {
                    substitutes.add(new Holiday(next, SUBSTITUTE_JA, SUBSTITUTE_EN));
                }
                continue;
            }
            while (national.containsKey(next)) {
                next = next.plusDays(1);
            }
            substitutes.add(new Holiday(next, SUBSTITUTE_JA, SUBSTITUTE_EN));
        }
        return substitutes;
    }

    private static List<Holiday> citizensHolidays(NavigableMap<LocalDate, Holiday> national,
                                                  NavigableMap<LocalDate, Holiday> soFar) {
        List<Holiday> citizens = new ArrayList<>();
        for (LocalDate date : national.keySet()) {
            LocalDate between = date.plusDays(1);
            if (between.isBefore(CITIZENS_HOLIDAY_FROM)
                    || !national.containsKey(between.plusDays(1))
                    || soFar.containsKey(between)) {
                continue;
            }
            // Until 2006 the Act excluded Sundays from this rule; the later wording does not,
            // and a substitute holiday already found keeps its own name either way.
            if (between.isBefore(SUBSTITUTE_SKIPS_HOLIDAYS_FROM) && between.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            citizens.add(new Holiday(between, CITIZENS_JA, CITIZENS_EN));
        }
        return citizens;
    }
}
