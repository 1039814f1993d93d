package jp.skilldev.leavebenefit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One certification period (支給単位期間): {@code firstDay}–{@code lastDay} inclusive. Its declaration can be
 * filed from the day after it closes.
 */
public record CertificationPeriod(int number, LocalDate firstDay, LocalDate lastDay) {

    public int days() {
        return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    /** The first day on which the period is over and its declaration can be filed. */
    public LocalDate closesOn() {
        return lastDay.plusDays(1);
    }
}
