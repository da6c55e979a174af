package org.healthdirectory.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journey the public and GPs make most: search near a postcode, read the results with distances,
 * open a listing and find everything needed to go along. Accessible at every step, with and without
 * JavaScript, by keyboard.
 */
@QuarkusTest
class SearchJourneyBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    private void searchFromTheHomePage(String what, String postcode) {
        open("/");
        page.fill("#q", what);
        page.fill("#postcode", postcode);
        page.click("main button[type=submit]");
    }

    /** With JavaScript off axe cannot run; the same pages are checked with it on. */
    private void openDogWalkingAndCheckItsDetails() {
        openDogWalkingAndCheckItsDetails(true);
    }

    private void openDogWalkingAndCheckItsDetails(boolean runAxe) {
        page.click("text=Dog walking at Moston Paws");
        assertThat(page.locator("h1")).hasText("Dog walking at Moston Paws");
        assertThat(page.locator("main")).containsText("Moston Paws Cat and Dog Rescue");
        assertThat(page.locator("main")).containsText("When it runs");
        assertThat(page.locator("main")).containsText("M40 9NB");
        assertThat(page.locator("main")).containsText("Cost");
        assertThat(page.locator("main")).containsText("How to join");
        assertThat(page.locator("main")).containsText("last checked on");
        if (runAxe) {
            assertAccessible();
        }
    }

    @Test
    void searchesNearAPostcodeAndOpensAListing() {
        searchFromTheHomePage("dog walking", "M40 9NB");
        assertThat(page.locator("#result-count")).containsText("within 3 miles of M40 9NB");
        // M40 9NB is placed by its outward code only (not in the sample postcodes), so distances are "About …".
        assertThat(page.locator("#results")).containsText(Pattern.compile("About \\d+ miles? away"));
        screenshot("search-results");
        assertAccessible();
        openDogWalkingAndCheckItsDetails();
        screenshot("listing");
    }

    @Test
    void forgivesATypo() {
        searchFromTheHomePage("dog walkng", "M40");
        openDogWalkingAndCheckItsDetails();
    }

    @Test
    void understandsASynonym() {
        searchFromTheHomePage("rambling", "M11");
        assertThat(page.locator("#results")).containsText("Clayton Vale Wednesday walk");
        assertAccessible();
    }

    @Test
    void worksWithoutJavaScript() {
        switchJavaScriptOff();
        searchFromTheHomePage("dog walking", "M40 9NB");
        // M40 9NB is placed by its outward code only (not in the sample postcodes), so distances are "About …".
        assertThat(page.locator("#results")).containsText(Pattern.compile("About \\d+ miles? away"));
        openDogWalkingAndCheckItsDetails(false);
    }

    @Test
    void worksWithAKeyboardAlone() {
        open("/search");
        page.locator("#q").focus();
        page.keyboard().type("dog walking");
        page.keyboard().press("Tab");
        page.keyboard().type("M40 9NB");
        page.keyboard().press("Enter");
        assertThat(page.locator("#results")).containsText("Dog walking at Moston Paws");
        page.locator(
                        "#results a",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Dog walking at Moston Paws"))
                .focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Dog walking at Moston Paws");
    }

    @Test
    void noResultsAndAnInvalidPostcodeAreAccessibleToo() {
        open("/search?q=xylophonequartet");
        assertThat(page.locator("main")).containsText("No activities match your search");
        assertAccessible();

        open("/search?q=walking&postcode=not+a+postcode");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter a real postcode");
        assertThat(page.locator("#postcode-error")).isVisible();
        assertAccessible();
    }
}
