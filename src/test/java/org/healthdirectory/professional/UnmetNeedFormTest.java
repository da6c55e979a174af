package org.healthdirectory.professional;

import static org.healthdirectory.testing.FormPages.assertErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.testing.StaffSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A professional's "what I could not find" is refused next to its field, and not kept, when it could identify a patient. */
@QuarkusTest
class UnmetNeedFormTest {

    @Inject
    EntityManager entityManager;

    private static StaffSession professional;

    @BeforeAll
    static void signIn() {
        professional = StaffSession.signIn("professional", "professional-demo");
    }

    @Test
    void personalDetailsAFullPostcodeOrAnUnknownTypeAreNotKept() {
        String marker = "Seated yoga " + UUID.randomUUID().toString().substring(0, 6);

        assertErrorAt(
                send(marker + " for pat@example.org", "physical-activity", "M11"),
                400,
                "what",
                "Remove the personal details. Do not enter names, numbers, email addresses or full postcodes");
        assertErrorAt(
                send(marker, "physical-activity", "M11 4SW"),
                400,
                "outcode",
                "Enter only the first part of the postcode, like M11. A full postcode could identify the patient");
        assertErrorAt(send(marker, "gardening-club", "M11"), 400, "domain", "Choose the type of support");
        assertErrorAt(
                send("", "physical-activity", "M11"),
                400,
                "what",
                "Enter what you could not find, like \"walking group for wheelchair users\"");

        assertEquals(0, stored(marker));
        assertEquals(303, send(marker, "physical-activity", " m11 ").statusCode(), "a good answer is kept");
        assertEquals(1, stored(marker));
    }

    private java.net.http.HttpResponse<String> send(String what, String domain, String outcode) {
        return professional.post(
                "/professionals/unmet-need", Map.of("what", what, "domain", domain, "outcode", outcode));
    }

    private long stored(String marker) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from unmet_need where what like ?1")
                                .setParameter(1, marker + "%")
                                .getSingleResult())
                        .longValue());
    }
}
