package org.healthdirectory.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.Test;

/** "Is this your group?": verify an email address, then the claim waits for the moderators. */
@QuarkusTest
class ClaimTest extends BrowserTest {

    private static final String DOG_WALKING = "069a8464-c41c-4424-ba42-17affba43221";

    @Inject
    RevisionRepository revisions;

    @Test
    void aClaimIsVerifiedByEmailThenQueuedForTheModerators() {
        String email = "volunteer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        open("/listings/" + DOG_WALKING);
        page.click("text=Ask to manage this listing");
        assertThat(page.locator("h1")).hasText("Is this your group?");
        assertAccessible();

        page.fill("#email", "not an email");
        page.click("main button[type=submit]");
        assertThat(page.locator("#email-error")).containsText("correct format");
        assertAccessible();

        page.fill("#email", email);
        page.fill("#role", "I coordinate the dog walkers");
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Check your email");
        assertEquals(0L, claimsBy(email), "nothing reaches the moderators before the email is verified");

        String link = Mailbox.awaitLink(email, TestUrls.linkTo("/claims/verify"));
        page.navigate(link);
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Your request has been sent");
        assertAccessible();

        Revision claim = QuarkusTransaction.requiringNew()
                .call(() -> revisions
                        .find("submittedByEmail = ?1 and kind = ?2", email, RevisionKind.CLAIM)
                        .firstResult());
        assertEquals("I coordinate the dog walkers", claim.getClaimRole());
        assertEquals(email, claim.getClaimEmail());

        page.navigate(link);
        assertThat(page.locator("h1")).hasText("This link has expired or has already been used");
    }

    private long claimsBy(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> revisions.count("submittedByEmail = ?1 and kind = ?2", email, RevisionKind.CLAIM));
    }
}
