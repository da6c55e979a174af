package org.healthdirectory.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
        "M11 1AA, M11 1AA, M11",
        "m111aa, M11 1AA, M11",
        "'  se1 2dl ', SE1 2DL, SE1",
        "SE1P 5ZZ, SE1P 5ZZ, SE1P",
        "m11, M11, M11",
        "EC1A1BB, EC1A 1BB, EC1A"
    })
    void normalisesWhatPeopleType(String typed, String display, String outcode) {
        Postcode postcode = Postcode.parse(typed).orElseThrow();
        assertEquals(display, postcode.display());
        assertEquals(outcode, postcode.outcode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "M11 1A", "1AA M11", "MMM1 1AA", "M11 1AAA"})
    void refusesTextThatIsNotAPostcode(String typed) {
        assertFalse(Postcode.parse(typed).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"M1 1AD", "M11"})
    void knowsFullPostcodesFromOutwardCodes(String typed) {
        assertEquals(typed.contains(" "), Postcode.parse(typed).orElseThrow().isFull());
        assertTrue(Postcode.parse(typed).isPresent());
    }
}
