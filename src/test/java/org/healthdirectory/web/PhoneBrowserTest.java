package org.healthdirectory.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public pages as people use them on a phone (360 × 740) and at 400 % zoom (320 CSS pixels): results
 * come first, nothing scrolls sideways, "Back" keeps the search, and the map shows the same results as
 * the list (which works alone without JavaScript). axe runs on every page.
 */
@QuarkusTest
class PhoneBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 740;

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    private void searchOnAPhone(String what, String postcode) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        open("/");
        page.fill("#q", what);
        page.fill("#postcode", postcode);
        page.click("main button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?.*"));
    }

    private String firstListingPath() {
        open("/search?q=walking");
        return page.locator("#results li h2 a").first().getAttribute("href");
    }

    @Test
    void afterASearchTheCountAndTheFirstResultAreOnTheFirstScreen() {
        searchOnAPhone("walking", "M11");
        BoundingBox count = page.locator("#result-count").boundingBox();
        BoundingBox firstName = page.locator("#results li h2").first().boundingBox();
        assertTrue(count.y + count.height <= PHONE_HEIGHT, "count ends at " + (count.y + count.height));
        assertTrue(
                firstName.y + firstName.height <= PHONE_HEIGHT,
                "first result's name ends at " + (firstName.y + firstName.height));
        // The filters are one tap away, folded.
        assertThat(page.locator("summary:has-text('Filter results')")).isVisible();
        assertThat(page.locator("#radius")).isHidden();
        page.click("summary:has-text('Filter results')");
        assertThat(page.locator("#radius")).isVisible();
        assertAccessible();
    }

    @Test
    void theFiltersWorkWithoutJavaScriptOnAPhone() {
        switchJavaScriptOff();
        searchOnAPhone("walking", "M11");
        assertThat(page.locator("#results li").first()).isVisible();
        page.click("summary:has-text('Filter results')");
        page.check("#free");
        page.click(".directory-filters button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*free=yes.*"));
        assertThat(page.locator("#result-count")).containsText("found");
    }

    @Test
    void noPublicPageScrollsSidewaysAt320Pixels() {
        String listing = firstListingPath();
        List<String> pages = List.of(
                "/",
                "/search",
                "/search?q=walking&postcode=M11",
                "/search?q=walking&page=99",
                "/domains/physical-activity",
                "/domains/physical-activity/walking-groups",
                listing,
                listing + "/report",
                listing + "/claim",
                "/register",
                "/manage",
                "/shortlist",
                "/pages/about",
                "/pages/accessibility",
                "/pages/no-such-page");
        page.setViewportSize(320, 640);
        List<String> tooWide = new ArrayList<>();
        for (String path : pages) {
            open(path);
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (width > 320) {
                tooWide.add(path + " is " + width + " px wide");
            }
            assertAccessible();
        }
        assertEquals(List.of(), tooWide);
    }

    @Test
    void theHeaderMenuFoldsAtNarrowWidthsAndWrapsWithoutJavaScript() {
        page.setViewportSize(320, 640);
        open("/");
        // The NHS.UK frontend has started: links that do not fit move under "More".
        assertThat(page.locator(".nhsuk-header__menu-toggle")).isVisible();
        page.click(".nhsuk-header__menu-toggle");
        assertThat(page.locator(".nhsuk-header__menu-toggle")).hasAttribute("aria-expanded", "true");

        switchJavaScriptOff();
        page.setViewportSize(320, 640);
        open("/");
        assertThat(page.locator(".nhsuk-header__navigation-link:has-text('About')"))
                .isVisible();
        assertTrue(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue() <= 320);
    }

    @Test
    void focusMovesToTheErrorSummaryAfterAFailedForm() {
        open("/search?q=walking&postcode=not+a+postcode");
        assertThat(page.locator(".nhsuk-error-summary")).isFocused();
    }

    @Test
    void backFromAListingReturnsToTheSameSearch() {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        open("/search?postcode=M11&radius=10&page=2");
        String count = page.locator("#result-count").textContent();
        String searchTitle = page.title();
        assertTrue(searchTitle.startsWith("Near M11, page 2 of "), searchTitle);
        String firstOnPageTwo = page.locator("#results li h2 a").first().textContent();
        page.locator("#results li h2 a").first().click();
        assertThat(page.locator("h1")).hasText(firstOnPageTwo);
        assertThat(page.locator(".nhsuk-back-link__link")).hasText("Back to your search results");
        page.click(".nhsuk-back-link__link");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?postcode=M11&radius=10.*page=2"));
        assertThat(page.locator("#result-count")).hasText(count);
        assertThat(page.locator("#results li h2 a").first()).hasText(firstOnPageTwo);
        assertEquals(searchTitle, page.title());
    }

    @Test
    void aPagePastTheEndLinksToTheFirstPage() {
        open("/search?q=walking&page=99");
        assertThat(page.locator("main")).containsText("There is no page 99");
        assertThat(page.locator("main")).not().containsText("No activities match");
        page.click("text=Go to the first page of results");
        assertThat(page).hasURL(Pattern.compile(".*q=walking.*page=1.*"));
        assertThat(page.locator("#results li").first()).isVisible();
    }

    @Test
    void theMapShowsTheSameResultsAsTheListAndMarkersTakeKeyboardFocus() {
        open("/search?q=walking&postcode=M11");
        assertThat(page.locator("#results-map")).isVisible();
        Locator located = page.locator("#results li[data-latitude]");
        Locator markers = page.locator("#results-map .directory-map__marker");
        assertTrue(located.count() > 1, "several results have a place");
        assertThat(markers).hasCount(located.count());
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < located.count(); i++) {
            listed.add(located.nth(i).locator("h2").textContent().strip());
        }
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < markers.count(); i++) {
            marked.add(markers.nth(i).getAttribute("aria-label"));
        }
        assertEquals(listed, marked);

        markers.first().focus();
        assertThat(markers.first()).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator(".leaflet-popup-content a"))
                .hasText(located.first().locator("h2 a").textContent());
        assertAccessible();

        switchJavaScriptOff();
        open("/search?q=walking&postcode=M11");
        assertThat(page.locator("#results-map")).isHidden();
        assertFalse(page.locator("#results li").count() == 0);
    }

    @Test
    void cardsSayWhenWhetherTheyTakeNewPeopleHowToCallAndWhenLastChecked() {
        open("/search?q=dog+walking&postcode=M40+9NB");
        Locator card = page.locator(
                        "#results li",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Dog walking at Moston Paws"))
                .first();
        assertThat(card).containsText("When");
        assertThat(card).containsText("Last checked");
        assertThat(card.locator("a[href^='tel:']")).hasCount(1);
        card.locator("h2 a").click();
        BoundingBox lastChecked = page.locator("#last-checked").boundingBox();
        assertTrue(lastChecked.y < PHONE_HEIGHT, "last checked is near the top: " + lastChecked.y);
    }

    @Test
    void tagPagesAreLinkedFromDomainPagesAndListings() {
        open("/domains/physical-activity");
        page.click(".directory-tag-links a:has-text('Walking groups')");
        assertThat(page.locator("h1")).hasText("Walking groups");
        assertThat(page.locator("#results li").first()).isVisible();
        page.locator("#results li h2 a").first().click();
        assertThat(page.locator("main")).containsText("More like this");
        assertThat(page.locator("main a:has-text('Walking groups')")).hasCount(1);
        assertAccessible();
    }
}
