package org.healthdirectory.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.healthdirectory.listing.NextDates;
import org.healthdirectory.listing.SchoolHolidays;
import org.healthdirectory.listing.SessionPattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ICalendarTest {

    private final ICalendar writer = new ICalendar(new NextDates(SchoolHolidays.none()));

    @Test
    void escapesTextAndFoldsLongLinesWithoutSplittingACharacter() {
        assertEquals("Tea\\, cake\\; and \\\\ chat\\nweekly", ICalendar.text("Tea, cake; and \\ chat\nweekly"));
        String line = "DESCRIPTION:" + "é".repeat(60);
        String folded = ICalendar.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals(line, folded.replace("\r\n ", ""));
    }

    @Test
    void aFortnightlySessionWithACancelledDateAndAnEnd() {
        SessionPattern pattern = SessionPattern.everyWeeks(
                        2,
                        LocalDate.parse("2026-12-01"),
                        List.of(DayOfWeek.TUESDAY),
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 30))
                .between(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-06-29"))
                .withCancelled(List.of(LocalDate.parse("2026-12-29")));
        String ics = writer.calendar(
                "Dog walking",
                List.of(new ICalendar.Event("abc", "Dog walking, Levenshulme", "Hope Park", null, null, pattern)),
                Instant.parse("2026-11-29T10:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/London:20261201T100000\r\n"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/London:20261201T113000\r\n"), ics);
        // The last session is at 10am BST on 29 June 2027, which is 09:00 UTC.
        assertTrue(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270629T090000Z\r\n"), ics);
        assertTrue(ics.contains("EXDATE;TZID=Europe/London:20261229T100000\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Dog walking\\, Levenshulme\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
    }

    @Test
    void monthlyRulesUseTheNthWeekdayOrTheDayOfTheMonth() {
        assertEquals(
                "FREQ=MONTHLY;BYDAY=-1SA",
                ICalendar.rrule(SessionPattern.monthlyOnWeekday(-1, DayOfWeek.SATURDAY, LocalTime.of(10, 0), null)));
        assertEquals(
                "FREQ=MONTHLY;BYMONTHDAY=15", ICalendar.rrule(SessionPattern.monthlyOnDay(15, LocalTime.NOON, null)));
    }
}
