package org.healthdirectory.openreferral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An admin imports an Open Referral file from the console and reads the report. */
@QuarkusTest
class ImportPageBrowserTest extends BrowserTest {

    private static final String SOURCE = "file service_full.json";

    @Inject
    SourceRecords records;

    @Inject
    ListingRepository listings;

    private void signIn(String user, String password) {
        open("/console/import");
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#kc-login");
    }

    @AfterEach
    void removeImported() {
        QuarkusTransaction.requiringNew().run(() -> {
            records.list("source = ?1 and recordType = ?2", SOURCE, SourceRecord.Type.SERVICE)
                    .forEach(r -> {
                        // An imported entry waits in the moderation queue: its revision goes first.
                        listings.getEntityManager()
                                .createQuery("delete from Revision r where r.listing.id = :id")
                                .setParameter("id", r.getLocalId())
                                .executeUpdate();
                        listings.deleteById(r.getLocalId());
                    });
            records.delete("source = ?1 and recordType = ?2", SOURCE, SourceRecord.Type.SERVICE);
        });
    }

    @Test
    void anAdminImportsAFileAndSeesWhatHappenedToEachService() {
        signIn("admin", "admin-demo");
        assertThat(page.locator("h1")).hasText("Import from Open Referral");
        assertAccessible();

        page.click("main button[type=submit]");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter a web address or choose a file");
        assertAccessible();

        page.setInputFiles("#file", OrukSchemas.STANDARDS.resolve("hsds-3.0/examples/service_full.json"));
        page.click("main button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/console/import/[0-9a-f-]{36}"));
        for (int i = 0; i < 20 && page.locator("text=The import has finished.").count() == 0; i++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.locator("main")).containsText("The import has finished.");
        assertThat(page.locator("table")).containsText("Community Counselling");
        assertThat(page.locator("table")).containsText("matches none of our domains or tags");
        assertAccessible();
    }

    @Test
    void aModeratorCannotImport() {
        signIn("moderator", "moderator-demo");
        assertThat(page.locator("body")).not().containsText("Import from Open Referral");
    }
}
