package org.healthdirectory.listing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays in England and Wales, worked out from the rules (the Banking and Financial Dealings Act
 * and Easter), so "not on bank holidays" needs no list to keep up to date. One-off extra days (a royal
 * occasion) are not included: providers add those as cancelled dates.
 */
public final class BankHolidays {

    private BankHolidays() {}

    public static boolean isBankHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }

    public static Set<LocalDate> inYear(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas and Boxing Day on a weekend move to the next weekdays not already taken.
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(christmas);
        days.add(weekdayOnOrAfter(
                LocalDate.of(year, Month.DECEMBER, 26).isAfter(christmas)
                        ? LocalDate.of(year, Month.DECEMBER, 26)
                        : christmas.plusDays(1)));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}
