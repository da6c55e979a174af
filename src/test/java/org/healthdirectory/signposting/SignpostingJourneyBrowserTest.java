package org.healthdirectory.signposting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A GP in a consultation: search, shortlist three activities, put them in order, make a sheet for
 * the patient with the practice name, and email it. Accessible at every step; works without JavaScript.
 */
@QuarkusTest
class SignpostingJourneyBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    private Locator results() {
        return page.locator("main li.nhsuk-card");
    }

    private List<String> addFirstThreeResults() {
        open("/search?q=walk");
        List<String> names = results().locator("h2 a").allTextContents().subList(0, 3);
        for (int i = 0; i < 3; i++) {
            results()
                    .nth(i)
                    .locator("button", new Locator.LocatorOptions().setHasText("Add to list"))
                    .click();
            assertThat(results().nth(i).locator(".directory-shortlist__done")).containsText("Added to your list");
            assertThat(results().nth(i).locator("button")).containsText("Remove from list");
        }
        return names;
    }

    @Test
    void aGpShortlistsThreeActivitiesAndEmailsTheSheetToThePatient() {
        List<String> names = addFirstThreeResults();
        assertThat(page.locator("header")).containsText("Your list (3)");
        assertAccessible();

        page.click("header >> text=Your list (3)");
        assertThat(page.locator("h1")).hasText("Your list");
        assertEquals(names, page.locator("main ol li h2").allTextContents());
        assertAccessible();

        // The third one first: move it up twice.
        page.locator("main ol li")
                .nth(2)
                .locator("button", new Locator.LocatorOptions().setHasText("Move up"))
                .click();
        page.locator("main ol li")
                .nth(1)
                .locator("button", new Locator.LocatorOptions().setHasText("Move up"))
                .click();
        assertEquals(
                List.of(names.get(2), names.get(0), names.get(1)),
                page.locator("main ol li h2").allTextContents());

        page.click("main a:has-text('Send this list')");
        page.fill("#practice", "Clayton <Medical> Centre");
        page.click("main button:has-text('Update the sheet')");
        assertThat(page.locator(".directory-sheet__meta")).containsText("Suggested by Clayton <Medical> Centre on ");
        Locator entries = page.locator(".directory-sheet__entry");
        assertThat(entries).hasCount(3);
        assertThat(entries.first().locator("h2")).hasText("1. " + names.get(2));
        assertThat(page.locator(".directory-sheet")).containsText("Next dates:");
        assertThat(entries.first().locator("img.directory-sheet__qr"))
                .hasAttribute("src", java.util.regex.Pattern.compile("^data:image/svg\\+xml;base64,.+"));
        screenshot("signposting-sheet");
        assertAccessible();

        String patient = "patient-" + UUID.randomUUID() + "@example.org";
        page.fill("#email", patient);
        page.click("main button:has-text('Send by email')");
        assertThat(page.locator("main")).containsText("The sheet is on its way by email");
        assertAccessible();

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !Mailbox.messages(patient).isEmpty());
        String mail = Mailbox.messages(patient).get(0);
        assertTrue(mail.contains("Clayton <Medical> Centre suggested these activities"), mail);
        for (String name : names) {
            assertTrue(mail.contains(name), "the email names " + name);
        }
        assertTrue(mail.indexOf(names.get(2)) < mail.indexOf(names.get(0)), "in the chosen order");
        assertTrue(mail.contains(baseUrl() + "/listings/"), "with a link to each page");
    }

    @Test
    void aWrongEmailAddressIsExplainedNextToTheField() {
        addFirstThreeResults();
        open("/shortlist/sheet?size=large");
        assertThat(page.locator(".directory-sheet"))
                .hasClass(java.util.regex.Pattern.compile("directory-sheet--large"));
        page.fill("#email", "patient at example dot org");
        page.click("main button:has-text('Send by email')");
        assertThat(page.locator("#email-error")).containsText("Enter an email address in the correct format");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter an email address in the correct format");
        assertThat(page.locator(".directory-sheet"))
                .hasClass(java.util.regex.Pattern.compile("directory-sheet--large"));
        assertAccessible();
    }

    @Test
    void withoutJavaScriptTheWholeJourneyWorksAndATextGoesToTheOutboxUnsent() {
        switchJavaScriptOff();
        addFirstThreeResults();
        open("/listings/3833c8a8-d8eb-4e15-9931-1b31312a26e7");
        page.click("main button:has-text('Add to list')");
        assertThat(page.locator("main")).containsText("Added to your list");
        assertThat(page.locator("header")).containsText("Your list (4)");
        page.click("main button:has-text('Remove from list')");
        assertThat(page.locator("main")).containsText("Removed from your list");
        assertThat(page.locator("header")).containsText("Your list (3)");

        open("/shortlist");
        page.locator("main ol li")
                .first()
                .locator("button", new Locator.LocatorOptions().setHasText("Remove"))
                .click();
        assertThat(page.locator("main ol li")).hasCount(2);

        open("/shortlist/sheet");
        assertThat(page.locator(".directory-print-button")).isHidden();
        page.fill("#mobile", "07700 900 123");
        page.click("main button:has-text('Send by text message')");
        assertThat(page.locator("main")).containsText("The text message was not sent");
        page.click("text=See the message that would have been sent");
        assertThat(page.locator("h1")).hasText("Text messages not sent");
        assertThat(page.locator("main")).containsText("Not sent to ********123");
        assertThat(page.locator("main")).not().containsText("07700");
    }

    @Test
    void theOutboxPageIsAccessible() {
        addFirstThreeResults();
        open("/shortlist/sheet");
        page.fill("#mobile", "+44 7700 900 456");
        page.click("main button:has-text('Send by text message')");
        page.click("text=See the message that would have been sent");
        assertThat(page.locator("main")).containsText("These messages were not really sent");
        assertThat(page.locator("main")).containsText("********456");
        assertAccessible();
    }

    @Test
    void anEmptyListExplainsWhatToDo() {
        open("/shortlist");
        assertThat(page.locator("main")).containsText("Your list is empty");
        assertAccessible();
        open("/shortlist/sheet");
        assertThat(page.locator("main")).containsText("There is nothing on your list yet");
        assertAccessible();
    }
}
