package org.healthdirectory.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.healthdirectory.listing.NextDates;
import org.healthdirectory.listing.SchoolHolidays;
import org.healthdirectory.listing.SessionPattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Calendars providers keep elsewhere, read into sessions: ours read back, and one written by another app. */
@Tag("unit")
class ICalendarReaderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime HALF_ELEVEN = LocalTime.of(11, 30);

    private final ICalendar writer = new ICalendar(new NextDates(SchoolHolidays.none()));

    private List<ICalendarReader.Read> readBack(SessionPattern pattern) {
        String ics = writer.calendar(
                "Dog walking",
                List.of(new ICalendar.Event("abc", "Dog walking", "Hope Park Hall, M14 5AS", null, null, pattern)),
                Instant.parse("2026-11-29T09:00:00Z"));
        List<String> problems = new ArrayList<>();
        List<ICalendarReader.Read> read = ICalendarReader.read(ics, TODAY, problems);
        assertEquals(List.of(), problems);
        return read;
    }

    @Test
    void everyPatternWeWriteReadsBackTheSame() {
        for (SessionPattern pattern : List.of(
                SessionPattern.weekly(List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), TEN, HALF_ELEVEN),
                SessionPattern.everyWeeks(
                                2, LocalDate.parse("2026-12-01"), List.of(DayOfWeek.TUESDAY), TEN, HALF_ELEVEN)
                        .between(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-06-29"))
                        .withCancelled(List.of(LocalDate.parse("2026-12-29"))),
                SessionPattern.monthlyOnWeekday(2, DayOfWeek.SUNDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)),
                SessionPattern.monthlyOnWeekday(-1, DayOfWeek.SATURDAY, TEN, LocalTime.NOON),
                SessionPattern.monthlyOnDay(15, LocalTime.of(18, 0), LocalTime.of(19, 0)),
                SessionPattern.onDates(
                        List.of(LocalDate.parse("2027-01-09"), LocalDate.parse("2027-02-13")),
                        LocalTime.of(13, 0),
                        LocalTime.of(15, 0)))) {
            List<ICalendarReader.Read> read = readBack(pattern);
            assertEquals(1, read.size(), pattern::toString);
            assertEquals(pattern, read.get(0).pattern());
            assertEquals("Hope Park Hall, M14 5AS", read.get(0).location());
        }
    }

    @Test
    void aCalendarFromAnotherAppIsReadInUkTime() {
        String ics = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Another app//EN",
                "BEGIN:VEVENT",
                "UID:1",
                "SUMMARY:Chair yoga",
                // 10:00 UTC in July is 11am in the UK (British Summer Time).
                "DTSTART:20260706T100000Z",
                "DTEND:20260706T110000Z",
                "RRULE:FREQ=WEEKLY;BYDAY=MO",
                "EXDATE:20261228T100000Z",
                "LOCATION:St Mary's church hall\\, Manchester",
                "BEGIN:VALARM",
                "TRIGGER:-PT15M",
                "DESCRIPTION:Reminder",
                "END:VALARM",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:2",
                "SUMMARY:Christmas lunch",
                "DTSTART;TZID=Europe/London:20261219T123000",
                "DTEND;TZID=Europe/London:20261219T143000",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:3",
                "SUMMARY:Cancelled quiz",
                "STATUS:CANCELLED",
                "DTSTART:20261205T180000Z",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:4",
                "SUMMARY:Last year's fair",
                "DTSTART;VALUE=DATE:20251201",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:5",
                "SUMMARY:Six-week course",
                "DTSTART:20270104T100000Z",
                "RRULE:FREQ=WEEKLY;COUNT=6",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:6",
                "SUMMARY:Summer walks, fini",
                " shed",
                "DTSTART:20250601T090000Z",
                "RRULE:FREQ=WEEKLY;UNTIL=20250831T090000Z",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        List<String> problems = new ArrayList<>();
        List<ICalendarReader.Read> read = ICalendarReader.read(ics, TODAY, problems);

        assertEquals(2, read.size(), read::toString);
        SessionPattern yoga = read.get(0).pattern();
        // In winter the same 10:00 UTC is 10am: times are kept as UK wall-clock times from the first date.
        assertEquals(
                SessionPattern.weekly(List.of(DayOfWeek.MONDAY), LocalTime.of(11, 0), LocalTime.NOON)
                        .withCancelled(List.of(LocalDate.parse("2026-12-28"))),
                yoga);
        assertEquals("St Mary's church hall, Manchester", read.get(0).location());
        assertEquals(
                SessionPattern.onDates(
                        List.of(LocalDate.parse("2026-12-19")), LocalTime.of(12, 30), LocalTime.of(14, 30)),
                read.get(1).pattern());
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("Six-week course"), problems::toString);
    }
}
