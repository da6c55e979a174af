package org.healthdirectory.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.healthdirectory.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** The home page and site pages in real Chromium: accessible, and usable by keyboard and without JavaScript. */
@QuarkusTest
class SitePagesBrowserTest extends BrowserTest {

    @Test
    void homePageHasNoAccessibilityViolations() {
        open("/");
        assertThat(page.locator("h1")).hasText("Find local activities that help you stay well");
        assertThat(page.locator(".nhsuk-card")).hasCount(6);
        screenshot("home");
        assertAccessible();
    }

    @Test
    void contentPagesHaveNoAccessibilityViolations() {
        for (String slug : new String[] {"about", "privacy", "accessibility", "help-for-providers"}) {
            open("/pages/" + slug);
            assertThat(page.locator("h1")).hasCount(1);
            assertAccessible();
        }
    }

    @Test
    void notFoundPageHasNoAccessibilityViolations() {
        open("/pages/no-such-page");
        assertThat(page.locator("h1")).hasText("Page not found");
        assertAccessible();
    }

    @Test
    void skipLinkIsTheFirstThingAKeyboardReaches() {
        open("/");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Skip to main content");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(baseUrl() + "/#maincontent");
    }

    @Test
    void worksOnAPhoneSizedScreen() {
        page.setViewportSize(360, 740);
        open("/");
        assertThat(page.locator(".nhsuk-card").first()).isVisible();
        screenshot("home-phone");
        assertAccessible();
    }

    @Test
    void theHomePageSearchFormWorksWithoutJavaScript() {
        switchJavaScriptOff();
        open("/");
        page.fill("#q", "walking");
        page.click("main button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=walking.*"));
        assertThat(page.locator("#results li").first()).isVisible();
    }
}
