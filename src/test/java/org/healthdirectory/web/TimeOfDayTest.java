package org.healthdirectory.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form reads a time the same way: the ways people write one, and nothing else. */
@Tag("unit")
class TimeOfDayTest {

    @ParameterizedTest
    @CsvSource({
        "10:30, 10:30",
        "9:05, 09:05",
        "14:00, 14:00",
        "9.30, 09:30",
        "2pm, 14:00",
        "2:30pm, 14:30",
        "10:30 am, 10:30",
        "12pm, 12:00",
        "12am, 00:00",
        "' 7PM ', 19:00",
        "0:00, 00:00"
    })
    void readsTheWaysPeopleWriteATime(String typed, String expected) {
        assertEquals(Optional.of(LocalTime.parse(expected)), TimeOfDay.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:99", "24:00", "10:60", "noon", "14pm", "0am", "10", "", "10:3", "1:30:00", "ten"})
    void refusesWhatIsNotATime(String typed) {
        assertEquals(Optional.empty(), TimeOfDay.parse(typed));
    }

    @Test
    void aFormFieldGetsTheMessageAndBlankIsNoTime() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(TimeOfDay.read("  ", "start", errors));
        assertTrue(errors.isEmpty());
        assertNull(TimeOfDay.read("noon", "start", errors));
        assertEquals(List.of(new FieldError("start", TimeOfDay.ENTER_A_TIME)), errors);
    }
}
