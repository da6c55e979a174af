package org.healthdirectory.vetting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;

/** Staff check an organisation in the console; people without a staff role cannot. */
@QuarkusTest
class VettingConsoleBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    Checks checks;

    @Inject
    AuditLog auditLog;

    private UUID listing;
    private UUID organisation;
    private String name;

    private void publishedListing() {
        name = "Vetted " + UUID.randomUUID().toString().substring(0, 6);
        listing = fixtures.draft(name);
        fixtures.move(listing, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        organisation = QuarkusTransaction.requiringNew()
                .call(() -> listings.findById(listing).getOrganisation().getId());
    }

    private void signIn(String user, String password) {
        open("/console");
        assertThat(page).hasURL(Pattern.compile(".*/realms/health-directory/protocol/openid-connect/auth.*"));
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#kc-login");
    }

    private List<String> pages() {
        return List.of(
                "/console/organisations",
                "/console/organisations?filter=EXPIRED",
                "/console/organisations/" + organisation,
                "/console/organisations/" + organisation + "/checks/safeguarding",
                "/console/checks/expiring");
    }

    private List<String> actions() {
        return List.of(
                "/console/organisations/" + organisation + "/checks/safeguarding",
                "/console/organisations/" + organisation + "/trusted");
    }

    @Test
    void aModeratorRecordsACheckAndItShowsOnTheListingPage() {
        publishedListing();
        LocalDate today = checks.today();
        signIn("moderator", "moderator-demo");
        assertThat(page).hasURL(baseUrl() + "/console");

        open("/console/organisations");
        assertThat(page.locator("h1")).hasText("Organisations");
        assertAccessible();
        page.fill("#name", name);
        page.click("main button[type=submit]");
        assertThat(page.locator("main table tbody tr")).hasCount(1);
        page.click("text=Test group " + name);
        assertThat(page.locator("h1")).hasText("Test group " + name);
        assertAccessible();

        page.click("a[href$='/checks/safeguarding']");
        assertThat(page.locator("h1")).hasText("Safeguarding policy");
        assertThat(page.locator("#checkedBy")).hasValue("moderator");
        assertAccessible();

        // A new check has no result chosen: saving it asks for one rather than storing "Not checked".
        assertThat(page.locator("input[name=status]:checked")).hasCount(0);
        page.click("main button[type=submit]");
        assertThat(page.locator("#status-error")).containsText("Choose passed, failed, not needed or not checked");
        assertThat(page.locator(".nhsuk-error-summary")).isVisible();

        // Passed, but nobody named, no date, and an expiry date that has gone by.
        page.check("#status-PASSED");
        page.fill("#checkedBy", "");
        page.fill("#checkedOn", "");
        page.fill("#expiresOn", today.minusDays(1).toString());
        page.click("main button[type=submit]");
        assertThat(page).hasTitle(Pattern.compile("^Error: .*"));
        assertThat(page.locator("#checkedBy-error")).containsText("Enter who made the check");
        assertThat(page.locator("#checkedOn-error")).containsText("Enter the date of the check");
        assertThat(page.locator("#expiresOn-error")).containsText("must be today or in the future");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter who made the check");
        assertAccessible();
        assertTrue(checks.badges(organisation).isEmpty(), "nothing saved");

        page.fill("#checkedBy", "moderator");
        page.fill("#checkedOn", today.toString());
        page.fill("#expiresOn", today.plusDays(20).toString());
        page.fill("#note", "Policy seen, signed by the chair.");
        page.click("main button[type=submit]");
        assertThat(page.locator("main")).containsText("The check is saved.");
        assertThat(page.locator("main table tbody tr")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Safeguarding policy")))
                .containsText("Expires soon");

        page.check("#trusted");
        page.click("text=Save trust");
        assertThat(page.locator("main")).containsText("This organisation is trusted.");

        open("/console/checks/expiring");
        assertThat(page.locator("main table")).containsText("Test group " + name);
        assertAccessible();

        open("/listings/" + listing);
        assertThat(page.locator("main"))
                .containsText("Safeguarding policy checked ("
                        + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(today) + ")");

        var audited = QuarkusTransaction.requiringNew().call(() -> auditLog.forSubject(organisation));
        assertTrue(audited.stream()
                .anyMatch(e ->
                        e.getAction().equals("check.recorded") && e.getActor().equals("moderator")));
        assertTrue(audited.stream()
                .anyMatch(e -> e.getAction().equals("organisation.trust-changed")
                        && e.getActor().equals("moderator")));
    }

    @Test
    void someoneWithoutAStaffRoleIsRefusedEveryPageAndAction() {
        publishedListing();
        signIn("professional", "professional-demo");
        for (String path : pages()) {
            assertEquals(
                    403,
                    page.request()
                            .get(baseUrl() + path, RequestOptions.create().setMaxRedirects(0))
                            .status(),
                    path);
        }
        for (String path : actions()) {
            assertEquals(
                    403,
                    page.request()
                            .post(
                                    baseUrl() + path,
                                    RequestOptions.create()
                                            .setMaxRedirects(0)
                                            .setForm(FormData.create()
                                                    .set("status", "PASSED")
                                                    .set("checkedBy", "professional")
                                                    .set(
                                                            "checkedOn",
                                                            checks.today().toString())
                                                    .set("trusted", "yes")))
                            .status(),
                    path);
        }
        assertTrue(checks.badges(organisation).isEmpty());
        assertFalse(QuarkusTransaction.requiringNew()
                .call(() -> checks.organisation(organisation).isTrusted()));
    }

    @Test
    void anonymousVisitorsAreSentToTheStaffSignIn() {
        publishedListing();
        for (String path : pages()) {
            given().redirects()
                    .follow(false)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(302)
                    .header("Location", containsString("/realms/health-directory/protocol/openid-connect/auth"));
        }
        for (String path : actions()) {
            given().redirects()
                    .follow(false)
                    .formParam("status", "PASSED")
                    .formParam("trusted", "yes")
                    .when()
                    .post(path)
                    .then()
                    .statusCode(302)
                    .header("Location", containsString("/realms/health-directory/protocol/openid-connect/auth"));
        }
        assertFalse(QuarkusTransaction.requiringNew()
                .call(() -> checks.organisation(organisation).isTrusted()));
    }
}
