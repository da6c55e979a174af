package org.healthdirectory.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SessionTimesTest {

    private static Session weekly(List<DayOfWeek> days, String start, String end) {
        return new Session(UUID.randomUUID(), Frequency.WEEKLY, days, LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void saysWhenInPlainEnglish() {
        assertEquals(
                "Every week on Monday and Wednesday, 10am to 11:30am",
                SessionTimes.describe(weekly(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "10:00", "11:30")));
        assertEquals(
                "Every day, 9:30am to 12pm",
                SessionTimes.describe(weekly(List.of(DayOfWeek.values()), "09:30", "12:00")));
        assertEquals(
                "Every week on Friday, 12pm to 2:15pm",
                SessionTimes.describe(weekly(List.of(DayOfWeek.FRIDAY), "12:00", "14:15")));
    }

    @Test
    void marksTermTimeOnly() {
        Session session = weekly(List.of(DayOfWeek.TUESDAY), "13:00", "15:00");
        session.setTermTimeOnly(true);
        assertEquals("Every week on Tuesday, 1pm to 3pm (term time only)", SessionTimes.describe(session));
    }

    @Test
    void listsTheNextDatesOfAWeeklySession() {
        LocalDate sunday = LocalDate.of(2026, 11, 22);
        assertEquals(
                List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30)),
                SessionTimes.nextDates(
                        weekly(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "10:00", "11:00"), sunday, 3));
    }

    @Test
    void aPastOneOffDateHasNoNextDate() {
        Session once = new Session(UUID.randomUUID(), Frequency.ONE_OFF, List.of(), LocalTime.NOON, null);
        once.setDates(LocalDate.of(2026, 11, 1), null);
        assertEquals(List.of(), SessionTimes.nextDates(once, LocalDate.of(2026, 11, 22), 3));
        assertEquals("On Sunday 1 November, 12pm", SessionTimes.describe(once));
    }
}
