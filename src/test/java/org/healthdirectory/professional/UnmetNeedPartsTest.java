package org.healthdirectory.professional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.healthdirectory.audit.Csv;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The unmet-need form refuses anything that could identify a patient; its CSV is safe in spreadsheets. */
@Tag("unit")
class UnmetNeedPartsTest {

    @Test
    void unmetNeedTakesAnOutwardCodeOnlyAndNoPersonalDetails() {
        Set<String> domains = Set.of("physical-activity");
        assertEquals(
                List.of(),
                new UnmetNeedForm("Chair yoga for wheelchair users", "physical-activity", "m11").errors(domains));
        assertEquals("M11", new UnmetNeedForm("x", "physical-activity", " m11 ").normalisedOutcode());
        assertEquals(
                "outcode",
                new UnmetNeedForm("Chair yoga", "physical-activity", "M11 4SW")
                        .errors(domains)
                        .get(0)
                        .field());
        assertTrue(new UnmetNeedForm("Chair yoga", "physical-activity", "M11 4SW")
                .errors(domains)
                .get(0)
                .message()
                .startsWith("Enter only the first part of the postcode"));
        for (String personal : List.of(
                "Walking group for Mrs Jones 943 476 5919",
                "pat@example.org wants yoga",
                "Cookery near M11 4SW",
                "call 07700900982")) {
            assertEquals(
                    "what",
                    new UnmetNeedForm(personal, "physical-activity", "M11")
                            .errors(domains)
                            .get(0)
                            .field(),
                    personal);
        }
        assertEquals(
                List.of("domain"),
                new UnmetNeedForm("Yoga", "gardening", "M11")
                        .errors(domains).stream().map(e -> e.field()).toList());
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertEquals("\"Physical activity\"", Csv.cell("Physical activity"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
    }
}
