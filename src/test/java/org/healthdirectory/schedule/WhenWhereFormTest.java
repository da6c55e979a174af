package org.healthdirectory.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Optional;
import org.healthdirectory.web.FieldError;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever is typed or posted into "When and where", a mistake is reported next to its field, never thrown. */
@Tag("unit")
class WhenWhereFormTest {

    private static MultivaluedHashMap<String, String> fortnightlyTuesdays() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("p0-mode", "IN_PERSON");
        form.putSingle("p0-name", "Hope Park Hall");
        form.putSingle("p0-t0-often", "WEEKLY");
        form.putSingle("p0-t0-interval", "2");
        form.putSingle("p0-t0-days", "TU");
        form.putSingle("p0-t0-first", "1/12/2026");
        form.putSingle("p0-t0-start", "10:00");
        form.putSingle("p0-t0-end", "11:30");
        return form;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "end before start      | p0-t0-end        | 9am        | p0-t0-end        | The end time must be after the start time",
                "end same as start     | p0-t0-end        | 10:00      | p0-t0-end        | The end time must be after the start time",
                "last before first     | p0-t0-last       | 30/11/2026 | p0-t0-last       | The last date must be on or after the first date",
                "no 31 February        | p0-t0-first      | 31/2/2027  | p0-t0-first      | Enter a real date, like 24/12/2026",
                "made-up day           | p0-t0-days       | XX         | p0-t0-days       | Choose days from the list",
                "made-up week of month | p0-t0-month-week | abc        | p0-t0-month-week | Choose which week of the month from the list",
                "calendar not an address | calendar-url   | our google calendar | calendar-url | Enter the web address of your calendar, starting with https://"
            })
    void aMistakeIsShownNextToItsField(String why, String field, String value, String errorField, String message) {
        MultivaluedHashMap<String, String> form = fortnightlyTuesdays();
        form.putSingle(field, value);
        if (field.endsWith("month-week")) {
            form.putSingle("p0-t0-often", "MONTHLY");
        }
        WhenWhereForm.Parsed parsed = WhenWhereForm.parse(form, postcode -> Optional.empty());
        assertEquals(List.of(new FieldError(errorField, message)), parsed.errors());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"typed the UK way | 1/12/2026", "from a date picker | 2026-12-01"})
    void aDateIsReadAsPeopleWriteIt(String why, String first) {
        MultivaluedHashMap<String, String> form = fortnightlyTuesdays();
        form.putSingle("p0-t0-first", first);
        WhenWhereForm.Parsed parsed = WhenWhereForm.parse(form, postcode -> Optional.empty());
        assertEquals(List.of(), parsed.errors());
        assertEquals(
                java.time.LocalDate.of(2026, 12, 1),
                parsed.value().places().get(0).times().get(0).pattern().startsOn());
    }

    @org.junit.jupiter.api.Test
    void aPlaceIdThatIsNotAnIdIsANewPlaceNotAnError() {
        MultivaluedHashMap<String, String> form = fortnightlyTuesdays();
        form.putSingle("p0-id", "not-an-id");
        WhenWhereForm.Parsed parsed = WhenWhereForm.parse(form, postcode -> Optional.empty());
        assertEquals(List.of(), parsed.errors());
        assertEquals(null, parsed.value().places().get(0).id());
        assertEquals("Hope Park Hall", parsed.value().places().get(0).name());
    }
}
