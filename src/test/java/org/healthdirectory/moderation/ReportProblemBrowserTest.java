package org.healthdirectory.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.healthdirectory.testing.BrowserTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportProblemBrowserTest extends BrowserTest {

    private static final String DOG_WALKING = "/listings/069a8464-c41c-4424-ba42-17affba43221";

    @Test
    void aVisitorReportsAProblemFromTheListingPage() {
        open(DOG_WALKING);
        page.click("text=Report a problem with this page");
        assertThat(page.locator("h1")).hasText("Report a problem with this page");
        assertAccessible();

        page.click("main button[type=submit]");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Choose what is wrong");
        assertThat(page.locator("#details-error")).containsText("Tell us what is wrong");
        assertAccessible();

        page.click("label[for=reason-CONTACT_FAILS]");
        page.fill("#details", "The phone number rings out.");
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Thank you for telling us");
        assertAccessible();
    }

    @Test
    void theErrorSummaryLinksFocusTheField() {
        open(DOG_WALKING + "/report");
        page.click("main button[type=submit]");
        page.click(".nhsuk-error-summary a[href='#details']");
        assertThat(page.locator("#details")).isFocused();
    }

    @Test
    void worksWithoutJavaScript() {
        switchJavaScriptOff();
        open(DOG_WALKING + "/report");
        page.click("label[for=reason]");
        page.fill("#details", "Wrong day on the page.");
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Thank you for telling us");
    }
}
