package org.healthdirectory.audit;

import static org.healthdirectory.testing.FormPages.assertErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import org.healthdirectory.testing.StaffSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The audit log filter refuses what it cannot read with a message next to the field, never a 500. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFilterFormTest {

    private StaffSession moderator;

    @BeforeAll
    void signIn() {
        moderator = StaffSession.signIn("moderator", "moderator-demo");
    }

    @Test
    void aDateThatIsNotRealIsShownNextToItsField() {
        assertErrorAt(
                moderator.get("/console/audit?from=31%2F2%2F2027"), 400, "from", "Enter a real date, like 24/12/2026");
        assertErrorAt(moderator.get("/console/audit?to=next+Tuesday"), 400, "to", "Enter a real date, like 24/12/2026");
    }

    @Test
    void fromAfterToIsShownNextToTheEndDate() {
        HttpResponse<String> page = moderator.get("/console/audit?from=30%2F11%2F2026&to=1%2F11%2F2026");
        assertErrorAt(page, 400, "to", "The end date must be the same as or after the start date");
        assertTrue(page.body().contains("value=\"30/11/2026\""), "what was typed is kept");
    }

    @Test
    void anEntryIdThatIsNotAnIdIsShownNextToItsField() {
        assertErrorAt(
                moderator.get("/console/audit?subject=1-1-1-1-1"),
                400,
                "subject",
                "Enter the entry's ID, like 069a8464-c41c-4424-ba42-17affba43221");
    }

    @Test
    void theExportRefusesTheSameFilterInPlainWords() {
        HttpResponse<String> csv = moderator.get("/console/audit/export.csv?from=2026-11-30&to=2026-11-01");
        assertEquals(400, csv.statusCode());
        assertEquals("The end date must be the same as or after the start date", csv.body());
    }

    @Test
    void datesTheFormCanReadFilterWithoutErrors() {
        HttpResponse<String> page = moderator.get("/console/audit?from=1%2F11%2F2026&to=2026-11-01");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("nhsuk-error-summary"), "no errors for one day given two ways");
    }
}
