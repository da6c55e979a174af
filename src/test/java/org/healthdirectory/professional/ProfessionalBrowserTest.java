package org.healthdirectory.professional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthdirectory.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Health professionals sign in through Keycloak to see how to refer, and tell commissioners what they
 * could not find; moderators read the unmet-need report. Anonymous visitors see none of it.
 */
@QuarkusTest
class ProfessionalBrowserTest extends BrowserTest {

    private static final String WALK = "/listings/3833c8a8-d8eb-4e15-9931-1b31312a26e7";

    private void keycloak(String user, String password) {
        assertThat(page).hasURL(Pattern.compile(".*/realms/health-directory/protocol/openid-connect/auth.*"));
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#kc-login");
    }

    @Test
    void aProfessionalSignsInFromAListingAndSeesHowToRefer() {
        open(WALK);
        assertThat(page.locator("main")).not().containsText("For health professionals");
        assertThat(page.locator("main")).not().containsText("Walk co-ordinator");

        page.click("text=Sign in to see how to refer");
        keycloak("professional", "professional-demo");

        assertThat(page).hasURL(baseUrl() + WALK);
        assertThat(page.locator(".directory-professional h2")).hasText("For health professionals");
        assertThat(page.locator(".directory-professional")).containsText("Walk co-ordinator, 0161 496 0113");
        assertThat(page.locator(".directory-professional")).containsText("Space for about 10 more walkers");
        assertThat(page.locator(".directory-professional")).containsText("No current checks recorded");
        assertAccessible();

        // Public pages still work when signed in.
        open("/search?q=walk");
        assertThat(page.locator("main li.nhsuk-card").first()).isVisible();
    }

    @Test
    void anonymousVisitorsAreSentToSignInForProfessionalPages() {
        given().redirects()
                .follow(false)
                .when()
                .get("/professionals/unmet-need")
                .then()
                .statusCode(302);
        given().when()
                .get(WALK)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("How to refer")));
    }

    @Test
    void aProfessionalRecordsAnUnmetNeedAndAModeratorSeesItInTheReport() {
        String what = "Seated tai chi " + UUID.randomUUID().toString().substring(0, 6);
        open("/professionals/unmet-need");
        keycloak("professional", "professional-demo");
        assertThat(page.locator("h1")).hasText("Tell us what you could not find");
        assertThat(page.locator("main")).containsText("Do not enter patient details");
        assertAccessible();

        page.fill("#what", what);
        page.check("#domain");
        page.fill("#outcode", "M4 5JD");
        page.click("main button[type=submit]");
        assertThat(page.locator("#outcode-error")).containsText("Enter only the first part of the postcode");
        assertAccessible();

        page.fill("#outcode", "m4");
        page.click("main button[type=submit]");
        assertThat(page.locator("main")).containsText("Thank you. We have saved it.");
        assertThat(page.locator("#what")).hasValue("");

        // A public search that finds nothing counts too.
        given().queryParam("q", "zxqv cromulent")
                .queryParam("postcode", "M1")
                .when()
                .get("/search")
                .then()
                .statusCode(200);

        context.clearCookies();
        open("/console/reports/unmet-need");
        keycloak("moderator", "moderator-demo");
        assertThat(page.locator("h1")).hasText("Unmet need");
        assertThat(page.locator("svg.directory-chart title")).containsText("Unmet need by type of support");
        assertThat(page.locator("main")).containsText(what.toLowerCase());
        assertThat(page.locator("main")).containsText("zxqv cromulent");
        assertThat(page.locator("main table").nth(1)).containsText("Manchester");
        assertAccessible();

        APIResponse csv = page.request().get(baseUrl() + "/console/reports/unmet-need/export.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.headers().get("content-type").startsWith("text/csv"));
        assertTrue(csv.text().startsWith("month,type of support,area,"), csv.text());
        assertTrue(csv.text().contains("\"Physical activity\",\"North Manchester\""), csv.text());
    }

    @Test
    void aProfessionalCannotOpenTheStaffReport() {
        open("/professionals/unmet-need");
        keycloak("professional", "professional-demo");
        APIResponse report = page.request().get(baseUrl() + "/console/reports/unmet-need");
        assertEquals(403, report.status());
    }
}
