package org.healthdirectory.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the whole product: a cat and dog shelter lists dog walking on a phone,
 * filling only the required fields, with no account and no password.
 */
@QuarkusTest
class CatAndDogShelterBrowserTest extends BrowserTest {

    @Inject
    ListingRepository listings;

    @Inject
    RevisionRepository revisions;

    @Inject
    ListingFixtures fixtures;

    private void fillTheRequiredFields(String shelter, String email) {
        page.fill("#organisationName", shelter);
        page.fill("#activityName", "Dog walking");
        page.fill(
                "#description",
                "Come and walk one of our rescue dogs on the fields behind the shelter. "
                        + "No experience needed, and we lend you a lead.");
        page.click("label[for=domains]");
        page.click("label[for=where]");
        page.fill("#postcode", "M18 8RN");
        page.fill("#email", email);
    }

    @Test
    void theShelterListsDogWalkingOnAPhoneWithoutAnAccount() {
        String shelter =
                "Gorton Cat and Dog Shelter " + UUID.randomUUID().toString().substring(0, 6);
        String email = "shelter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        page.setViewportSize(360, 740);

        open("/");
        page.click("text=List your activity for free");
        assertThat(page.locator("h1")).hasText("List your activity");
        // Six questions, everything else folded away under "Add more details now (optional)".
        assertThat(page.locator("main form > .nhsuk-form-group")).hasCount(6);
        assertAccessible();

        fillTheRequiredFields(shelter, email);
        assertThat(page.locator("[data-keywords] .directory-suggested:visible").first())
                .isVisible();
        // Suggestions come from whole words of the name: walking is physical activity, not befriending.
        page.fill("#activityName", "Dog walking for volunteers");
        assertThat(page.locator("[data-keywords]:has(#domains) .directory-suggested"))
                .isVisible();
        assertThat(page.locator("[data-keywords]:has(#domains-befriending) .directory-suggested"))
                .isHidden();
        page.fill("#activityName", "Dog walking");
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Check your email");
        assertAccessible();

        String link = Mailbox.awaitLink(email, TestUrls.linkTo("/register/confirm"));
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("Confirm your listing");
        assertAccessible();
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).containsText("sent for checking");
        assertThat(page.locator("main")).containsText("What happens next");
        screenshot("registration-confirmed");
        assertAccessible();

        Listing listing = QuarkusTransaction.requiringNew()
                .call(() -> listings.find("organisation.name", shelter).firstResult());
        assertEquals(ListingStatus.PENDING, listing.getStatus());
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> revisions.count(
                                "listing.id = ?1 and kind = ?2", listing.getId(), RevisionKind.NEW_LISTING)));
        fixtures.awaitIndexed();
        given().queryParam("q", shelter)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("results.organisation", not(hasItem(shelter)));

        page.navigate(link);
        assertThat(page.locator("h1")).hasText("This link has expired or has already been used");
        assertAccessible();
    }

    @Test
    void errorsAreShownNextToTheFieldsAndAreAccessible() {
        open("/register");
        page.click("main button[type=submit]");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter the name of your group or organisation");
        assertThat(page.locator("#email-error")).containsText("Enter an email address");
        assertAccessible();
        page.click(".nhsuk-error-summary a[href='#description']");
        assertThat(page.locator("#description")).isFocused();
    }

    @Test
    void worksWithoutJavaScript() {
        switchJavaScriptOff();
        String email = "nojs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        open("/register");
        fillTheRequiredFields(
                "No Script Shelter " + UUID.randomUUID().toString().substring(0, 6), email);
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Check your email");
        page.navigate(Mailbox.awaitLink(email, TestUrls.linkTo("/register/confirm")));
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).containsText("sent for checking");
    }
}
