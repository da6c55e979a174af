package org.healthdirectory.urgenthelp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a phone: someone types "suicidal" and sees who to call, with links a phone can dial. */
@QuarkusTest
class UrgentHelpBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions()
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true);
    }

    @Test
    void suicidalShowsThePanelFirstWithWorkingPhoneLinks() {
        open("/");
        page.fill("#q", "suicidal");
        page.click("main button[type=submit]");

        Locator panel = page.locator("#urgent-help");
        assertThat(panel).isVisible();
        // Above the search form and results on a phone: in view without scrolling.
        assertTrue(panel.boundingBox().y < 740, "the panel starts on the first screen");
        assertThat(panel.locator("a[href='tel:999']")).hasText("Call 999");
        assertThat(panel.locator("a[href='tel:116123']")).hasText("Call 116 123");
        assertThat(panel.locator("a[href='tel:111']")).isVisible();
        assertThat(panel.locator("a[href^='sms:85258']")).isVisible();
        screenshot("urgent-help-phone");
        assertAccessible();
    }

    @Test
    void abuseWordsGiveAQuickExitOnAPhone() {
        open("/search?q=domestic+abuse");
        Locator exit = page.locator("[data-exit-this-page]");
        assertThat(exit).isVisible();
        assertThat(exit).hasAttribute("href", "https://www.bbc.co.uk/weather");
        assertThat(page.locator("#urgent-help a[href='tel:08082000247']")).isVisible();
        assertAccessible();
    }

    @Test
    void getHelpNowPassesAxe() {
        open("/get-help-now");
        assertThat(page.locator("h1")).hasText("Get help now");
        assertAccessible();
    }
}
