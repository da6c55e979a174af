package org.healthdirectory.professional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthdirectory.audit.Csv;
import org.healthdirectory.text.PersonalDetails;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The unmet-need form refuses anything that could identify a patient; its CSV is safe in spreadsheets. */
@Tag("unit")
class UnmetNeedPartsTest {

    // The form's constraints as Bean Validation runs them, without the application.
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void unmetNeedTakesAnOutwardCodeOnlyAndNoPersonalDetails() {
        assertEquals(
                Map.of(), problems(new UnmetNeedForm("Chair yoga for wheelchair users", "physical-activity", "m11")));
        assertEquals("M11", new UnmetNeedForm("x", "physical-activity", " m11 ").normalisedOutcode());
        Map<String, String> fullPostcode = problems(new UnmetNeedForm("Chair yoga", "physical-activity", "M11 4SW"));
        assertEquals(List.of("outcode"), List.copyOf(fullPostcode.keySet()));
        assertTrue(fullPostcode.get("outcode").startsWith("Enter only the first part of the postcode"));
        assertEquals(
                "Enter the first part of a UK postcode, like M11",
                problems(new UnmetNeedForm("Chair yoga", "physical-activity", "Moss Side"))
                        .get("outcode"));
        for (String personal : List.of(
                "Walking group for Mrs Jones 943 476 5919",
                "pat@example.org wants yoga",
                "Cookery near M11 4SW",
                "call 07700900982")) {
            assertEquals(
                    Map.of("what", PersonalDetails.REMOVE_THEM),
                    problems(new UnmetNeedForm(personal, "physical-activity", "M11")),
                    personal);
        }
    }

    private static Map<String, String> problems(UnmetNeedForm form) {
        Map<String, String> byField = new TreeMap<>();
        VALIDATOR.validate(form).forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
        return byField;
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertEquals("\"Physical activity\"", Csv.cell("Physical activity"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
    }
}
