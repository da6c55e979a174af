package org.healthdirectory.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A GP opens results in one tab and a listing in another, then adds to the list from the first tab.
 * With one token per visitor the older tab's form still works; with a token per page view it did not.
 */
@QuarkusTest
class TwoTabsBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    @Test
    void addingToTheListFromAnOlderTabWorks() {
        open("/search?q=walk");
        Locator firstResult = page.locator("main li.nhsuk-card").first();
        String listingHref = firstResult.locator("h2 a").getAttribute("href");

        Page secondTab = context.newPage();
        secondTab.navigate(baseUrl() + listingHref);
        assertThat(secondTab.locator("h1")).isVisible();
        secondTab.navigate(baseUrl() + "/register");

        page.bringToFront();
        firstResult
                .locator("button", new Locator.LocatorOptions().setHasText("Add to list"))
                .click();
        assertThat(page.locator("main li.nhsuk-card").first().locator(".directory-shortlist__done"))
                .containsText("Added to your list");
        assertThat(page.locator("header")).containsText("Your list (1)");
    }

    @Test
    void aRefusedFormGetsAPageOfOursThatIsAccessible() {
        open("/listings/069a8464-c41c-4424-ba42-17affba43221/report");
        page.locator("textarea[name=details]").fill("The group now meets on Thursdays.");
        context.clearCookies();
        page.locator("label[for=reason]").click();
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Sorry, we could not send that form");
        assertThat(page.getByLabel("Tell us more")).hasValue("The group now meets on Thursdays.");
        assertAccessible();
    }
}
