package org.healthdirectory.listing;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class NextDatesTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.NOON;

    private final NextDates nextDates = new NextDates(SchoolHolidays.parse("""
            # Manchester-style holidays for the test
            2026-12-21 2027-01-01 Christmas
            2027-02-15 2027-02-19 February half term
            """));

    /** Midnight at the start of this UK date. */
    private static Instant ukDay(String date) {
        return LocalDate.parse(date).atStartOfDay(UkTime.ZONE).toInstant();
    }

    private List<LocalDate> dates(SessionPattern pattern, Instant now, int count) {
        return nextDates.next(pattern, now, count).stream()
                .map(Occurrence::date)
                .toList();
    }

    private static List<LocalDate> days(String... dates) {
        return List.of(dates).stream().map(LocalDate::parse).toList();
    }

    @Test
    void weeklyRunsOnIntoTheNextMonthAndYear() {
        SessionPattern tuesdays = SessionPattern.weekly(List.of(TUESDAY), TEN, NOON);
        assertEquals(days("2026-12-22", "2026-12-29", "2027-01-05"), dates(tuesdays, ukDay("2026-12-21"), 3));
    }

    @Test
    void aSessionThatHasEndedTodayIsNotNextButOneStillOnIs() {
        SessionPattern sundays = SessionPattern.weekly(List.of(SUNDAY), TEN, NOON);
        Instant duringIt =
                ZonedDateTime.of(2026, 11, 29, 11, 0, 0, 0, UkTime.ZONE).toInstant();
        Instant afterIt =
                ZonedDateTime.of(2026, 11, 29, 12, 0, 0, 0, UkTime.ZONE).toInstant();
        assertEquals(days("2026-11-29"), dates(sundays, duringIt, 1));
        assertEquals(days("2026-12-06"), dates(sundays, afterIt, 1));
    }

    @Test
    void everyOtherWeekCountsFromTheFirstDate() {
        SessionPattern fortnightly =
                SessionPattern.everyWeeks(2, LocalDate.parse("2026-11-03"), List.of(TUESDAY), TEN, NOON);
        assertEquals(
                days("2026-12-01", "2026-12-15", "2026-12-29", "2027-01-12"),
                dates(fortnightly, ukDay("2026-11-29"), 4));
        // Nothing before the first date.
        assertEquals(days("2026-11-03"), dates(fortnightly, ukDay("2026-10-01"), 1));
    }

    @Test
    void everyThreeWeeksOnTwoDays() {
        SessionPattern pattern =
                SessionPattern.everyWeeks(3, LocalDate.parse("2026-12-02"), List.of(MONDAY, WEDNESDAY), TEN, NOON);
        // The first week is 30 November to 6 December; the Monday before the first date is not a session.
        assertEquals(
                days("2026-12-02", "2026-12-21", "2026-12-23", "2027-01-11"), dates(pattern, ukDay("2026-11-30"), 4));
    }

    @Test
    void everyOtherWeekWithoutAFirstDateGivesNoDatesRatherThanAGuess() {
        SessionPattern noAnchor = SessionPattern.everyWeeks(2, null, List.of(TUESDAY), TEN, NOON);
        assertFalse(noAnchor.hasDates());
        assertEquals(List.of(), dates(noAnchor, ukDay("2026-11-29"), 3));
    }

    @Test
    void monthlyOnTheSecondSunday() {
        assertEquals(
                days("2026-12-13", "2027-01-10", "2027-02-14"),
                dates(SessionPattern.monthlyOnWeekday(2, SUNDAY, TEN, NOON), ukDay("2026-12-01"), 3));
    }

    @Test
    void monthlyOnTheLastSaturdayAcrossMonthEnds() {
        assertEquals(
                days("2026-12-26", "2027-01-30", "2027-02-27", "2027-03-27"),
                dates(SessionPattern.monthlyOnWeekday(-1, SATURDAY, TEN, NOON), ukDay("2026-12-01"), 4));
    }

    @Test
    void aFifthMondayOnlyInMonthsThatHaveOne() {
        SessionPattern fifthMonday = SessionPattern.monthlyOnWeekday(5, MONDAY, TEN, NOON);
        assertEquals(days("2027-03-29", "2027-05-31", "2027-08-30"), dates(fifthMonday, ukDay("2026-12-01"), 3));
        // All three are bank holidays (Easter Monday, spring and summer): a group that skips them meets in November.
        assertEquals(days("2027-11-29"), dates(fifthMonday.skippingBankHolidays(true), ukDay("2026-12-01"), 1));
    }

    @Test
    void theThirtyFirstSkipsShorterMonths() {
        assertEquals(
                days("2026-12-31", "2027-01-31", "2027-03-31", "2027-05-31"),
                dates(SessionPattern.monthlyOnDay(31, TEN, NOON), ukDay("2026-12-01"), 4));
    }

    @Test
    void the29thOfFebruaryOnlyInALeapYear() {
        SessionPattern on29th = SessionPattern.monthlyOnDay(29, TEN, NOON);
        assertEquals(days("2027-01-29", "2027-03-29"), dates(on29th, ukDay("2027-01-01"), 2));
        assertEquals(days("2028-01-29", "2028-02-29", "2028-03-29"), dates(on29th, ukDay("2028-01-01"), 3));
        // A weekly Tuesday session meets on 29 February 2028, a Tuesday.
        assertEquals(
                days("2028-02-22", "2028-02-29", "2028-03-07"),
                dates(SessionPattern.weekly(List.of(TUESDAY), TEN, NOON), ukDay("2028-02-21"), 3));
    }

    @Test
    void listedDatesInOrderWithoutThosePast() {
        SessionPattern dates = SessionPattern.onDates(days("2027-02-01", "2026-11-01", "2026-12-05"), TEN, NOON);
        assertEquals(days("2026-12-05", "2027-02-01"), dates(dates, ukDay("2026-11-29"), 5));
    }

    @Test
    void byAppointmentHasNoDates() {
        assertEquals(List.of(), dates(SessionPattern.byAppointment(), ukDay("2026-11-29"), 3));
    }

    @Test
    void cancelledDatesAndTheEndDateAreLeftOut() {
        SessionPattern pattern = SessionPattern.weekly(List.of(TUESDAY), TEN, NOON)
                .between(null, LocalDate.parse("2026-12-31"))
                .withCancelled(days("2026-12-08"));
        assertEquals(
                days("2026-12-01", "2026-12-15", "2026-12-22", "2026-12-29"), dates(pattern, ukDay("2026-11-30"), 9));
    }

    @Test
    void bankHolidaysMoveOffWeekends() {
        // 2026: Christmas is a Friday, so Boxing Day (Saturday) is kept on Monday 28 December.
        assertTrue(BankHolidays.isBankHoliday(LocalDate.parse("2026-12-25")));
        assertTrue(BankHolidays.isBankHoliday(LocalDate.parse("2026-12-28")));
        // 2027: Christmas is a Saturday and Boxing Day a Sunday: Monday 27 and Tuesday 28 December.
        assertTrue(BankHolidays.inYear(2027).containsAll(days("2027-12-27", "2027-12-28", "2027-03-26", "2027-03-29")));
        assertFalse(BankHolidays.isBankHoliday(LocalDate.parse("2027-12-25")));
        // New Year's Day 2028 is a Saturday: Monday 3 January.
        assertTrue(BankHolidays.isBankHoliday(LocalDate.parse("2028-01-03")));
        assertEquals(8, BankHolidays.inYear(2027).size());
        SessionPattern mondays =
                SessionPattern.weekly(List.of(MONDAY), TEN, NOON).skippingBankHolidays(true);
        assertEquals(days("2026-12-21", "2027-01-04"), dates(mondays, ukDay("2026-12-20"), 2));
    }

    @Test
    void termTimeOnlySkipsSchoolHolidays() {
        SessionPattern fridays =
                SessionPattern.weekly(List.of(FRIDAY), TEN, NOON).termTimeOnly(true);
        assertEquals(days("2026-12-18", "2027-01-08"), dates(fridays, ukDay("2026-12-14"), 2));
        assertEquals(days("2027-02-12", "2027-02-26"), dates(fridays, ukDay("2027-02-10"), 2));
    }

    @Test
    void tenAmStaysTenAmAcrossTheClockChanges() {
        SessionPattern sundays = SessionPattern.weekly(List.of(SUNDAY), TEN, NOON);
        List<Occurrence> spring = nextDates.next(sundays, ukDay("2026-03-21"), 2);
        assertEquals(
                Instant.parse("2026-03-22T10:00:00Z"), spring.get(0).start().toInstant());
        assertEquals(
                Instant.parse("2026-03-29T09:00:00Z"), spring.get(1).start().toInstant());
        assertEquals(TEN, spring.get(1).start().toLocalTime());
        List<Occurrence> autumn = nextDates.next(sundays, ukDay("2026-10-17"), 2);
        assertEquals(
                Instant.parse("2026-10-18T09:00:00Z"), autumn.get(0).start().toInstant());
        assertEquals(
                Instant.parse("2026-10-25T10:00:00Z"), autumn.get(1).start().toInstant());
        assertEquals(Instant.parse("2026-10-25T12:00:00Z"), autumn.get(1).end().toInstant());
    }

    @Test
    void aTimeTheClocksSkipMovesOnAnHourAndARepeatedTimeIsTheFirst() {
        SessionPattern night = SessionPattern.weekly(List.of(SUNDAY), LocalTime.of(1, 30), LocalTime.of(3, 0));
        Occurrence skipped = nextDates.next(night, ukDay("2026-03-29"), 1).get(0);
        assertEquals(LocalTime.of(2, 30), skipped.start().toLocalTime());
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), skipped.start().toInstant());
        Occurrence repeated = nextDates.next(night, ukDay("2026-10-25"), 1).get(0);
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), repeated.start().toInstant());
    }

    @Test
    void todayIsTheUkDateNotTheUtcOne() {
        // 23:30 UTC on Saturday 24 October 2026 is already 00:30 on Sunday in the UK (summer time).
        SessionPattern sundays = SessionPattern.weekly(List.of(SUNDAY), TEN, NOON);
        assertEquals(days("2026-10-25"), dates(sundays, Instant.parse("2026-10-24T23:30:00Z"), 1));
        SessionPattern saturdays = SessionPattern.weekly(List.of(SATURDAY), TEN, NOON);
        assertEquals(days("2026-10-31"), dates(saturdays, Instant.parse("2026-10-24T23:30:00Z"), 1));
    }

    @Test
    void openNowDuringOpeningHoursIncludingPastMidnight() {
        SessionPattern weekdays =
                SessionPattern.weekly(List.of(MONDAY, TUESDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertTrue(nextDates.isOn(weekdays, Instant.parse("2026-11-30T16:59:00Z")));
        assertFalse(nextDates.isOn(weekdays, Instant.parse("2026-11-30T17:00:00Z")));
        assertFalse(nextDates.isOn(weekdays, Instant.parse("2026-11-29T10:00:00Z")));
        // In summer time 9am is 08:00 UTC.
        assertTrue(nextDates.isOn(weekdays, Instant.parse("2026-06-01T08:00:00Z")));
        SessionPattern lateNight = SessionPattern.weekly(List.of(FRIDAY), LocalTime.of(22, 0), LocalTime.of(2, 0));
        assertTrue(nextDates.isOn(lateNight, Instant.parse("2026-12-05T01:00:00Z")));
        Occurrence friday = nextDates.next(lateNight, ukDay("2026-12-04"), 1).get(0);
        assertEquals(LocalDate.parse("2026-12-05"), friday.end().toLocalDate());
    }
}
