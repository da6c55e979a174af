package org.healthdirectory.listing;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ScheduleTextTest {

    private static LocalTime at(String time) {
        return LocalTime.parse(time);
    }

    @Test
    void saysEveryPatternInPlainEnglish() {
        assertEquals(
                "Every Monday and Wednesday, 10am to 11:30am",
                ScheduleText.describe(SessionPattern.weekly(List.of(WEDNESDAY, MONDAY), at("10:00"), at("11:30"))));
        assertEquals(
                "Every day, 9:30am to 12pm",
                ScheduleText.describe(SessionPattern.weekly(List.of(DayOfWeek.values()), at("09:30"), at("12:00"))));
        assertEquals(
                "Every other Tuesday, 10am",
                ScheduleText.describe(SessionPattern.everyWeeks(
                        2, LocalDate.parse("2026-12-01"), List.of(TUESDAY), at("10:00"), null)));
        assertEquals(
                "Every 3 weeks on Friday, 1pm to 3pm (term time only)",
                ScheduleText.describe(SessionPattern.everyWeeks(3, null, List.of(FRIDAY), at("13:00"), at("15:00"))
                        .termTimeOnly(true)));
        assertEquals(
                "Last Saturday of every month, 10:30am to 12:30pm",
                ScheduleText.describe(SessionPattern.monthlyOnWeekday(-1, SATURDAY, at("10:30"), at("12:30"))));
        assertEquals(
                "Fifth Monday of every month (in months that have one), 7pm",
                ScheduleText.describe(SessionPattern.monthlyOnWeekday(5, MONDAY, at("19:00"), null)));
        assertEquals(
                "The 1st of every month, 2pm (not on bank holidays)",
                ScheduleText.describe(
                        SessionPattern.monthlyOnDay(1, at("14:00"), null).skippingBankHolidays(true)));
        assertEquals(
                "On Saturday 5 December, 10am",
                ScheduleText.describe(
                        SessionPattern.onDates(List.of(LocalDate.parse("2026-12-05")), at("10:00"), null)));
        assertEquals("By appointment", ScheduleText.describe(SessionPattern.byAppointment()));
    }

    @Test
    void ordinalsAndTimes() {
        assertEquals(
                List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "31st"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 31).stream()
                        .map(ScheduleText::ordinal)
                        .toList());
        assertEquals("12pm", ScheduleText.time(LocalTime.NOON));
        assertEquals("12am", ScheduleText.time(LocalTime.MIDNIGHT));
        assertEquals("11:30am", ScheduleText.time(at("11:30")));
    }
}
