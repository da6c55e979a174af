package org.healthdirectory.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.Providers;
import org.junit.jupiter.api.Test;

/** The lead provider's everyday journey: a new entry waits, a moderator checks and approves it, the public finds it. */
@QuarkusTest
class ModerationJourneyBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    private void signIn(String user, String password) {
        open("/console");
        assertThat(page).hasURL(Pattern.compile(".*/realms/health-directory/protocol/openid-connect/auth.*"));
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#kc-login");
        assertThat(page).hasURL(baseUrl() + "/console");
    }

    @Test
    void aModeratorApprovesANewEntryAndThePublicCanFindIt() {
        String word = "Zumbafit" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        String email = Providers.newEmail("zumba");
        Providers.registerAndConfirm(
                word + " session", "A made-up entry for the moderation journey test.", "M13 9PL", email);

        signIn("moderator", "moderator-demo");
        assertAccessible();
        page.click("nav[aria-label=Console] >> text=Queue");
        assertThat(page.locator("h1")).hasText("Moderation queue");
        assertAccessible();
        page.click("main td a >> text=" + word + " session");

        assertThat(page.locator("h1")).hasText(word + " session");
        assertThat(page.locator(".console-diff")).containsText("A made-up entry for the moderation journey test");
        assertThat(page.locator(".console-diff")).containsText("When");
        assertThat(page.locator(".console-diff")).containsText("Where");
        assertThat(page.locator(".console-diff")).containsText("M13 9PL");
        assertThat(page.locator(".console-diff")).not().containsText("(nothing)");
        assertThat(page.locator(".console-diff__changed")).hasCount(0);
        assertAccessible();

        page.fill("#note", "Lovely entry, thank you.");
        page.click("main button[value=approve]");
        assertThat(page.locator("[role=status]")).containsText("Approved. We are emailing the provider.");
        assertThat(page.locator("main")).not().containsText(word);

        fixtures.awaitIndexed();
        open("/search?q=" + word);
        assertThat(page.locator("main")).containsText(word + " session");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(email).stream()
                        .anyMatch(m -> m.contains("is now live") && m.contains("Lovely entry, thank you.")));
    }

    @Test
    void askingForChangesNeedsAMessageAndRejectingNeedsAReason() {
        String email = Providers.newEmail("yoga");
        String name = "Journey changes test " + UUID.randomUUID().toString().substring(0, 6);
        Providers.registerAndConfirm(name, "A made-up entry for a moderation test.", "M22 5RX", email);

        signIn("moderator", "moderator-demo");
        open("/console/queue");
        page.click("main td a >> text=" + name);
        page.click("main button[value=changes]");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Say what needs to change");
        assertThat(page.locator("#note-error")).isVisible();
        assertAccessible();

        page.fill("#note", "Please add the time it starts.");
        page.click("main button[value=changes]");
        assertThat(page.locator("[role=status]")).containsText("Changes requested");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(email).stream()
                        .anyMatch(m -> m.contains("Please add the time it starts.") && m.contains("/manage")));
    }

    @Test
    void everyConsolePageIsAccessible() {
        signIn("admin", "admin-demo");
        for (String path : new String[] {
            "/console",
            "/console/queue",
            "/console/listings",
            "/console/listings/069a8464-c41c-4424-ba42-17affba43221",
            "/console/audit",
            "/console/audit?from=yesterday",
            "/console/prize-draw",
            "/console/localities",
            "/console/organisations",
            "/console/checks/expiring",
            "/console/reports/unmet-need",
            "/console/import"
        }) {
            open(path);
            assertAccessible();
        }
        // A phone-sized screen too, where the tables stack.
        page.setViewportSize(375, 812);
        open("/console/queue");
        assertAccessible();
        assertTrue(page.locator("h1").isVisible());
    }
}
