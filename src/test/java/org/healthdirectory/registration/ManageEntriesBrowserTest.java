package org.healthdirectory.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.moderation.RevisionStatus;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.Test;

/** A provider looks after a live listing without a password: sign in by email, edit, confirm, pause. */
@QuarkusTest
class ManageEntriesBrowserTest extends BrowserTest {

    private static final String SIGN_IN_LINK = TestUrls.linkTo("/manage/sign-in");

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    RevisionRepository revisions;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    private void signIn(String email) {
        open("/manage");
        assertThat(page.locator("h1")).hasText("Manage your listings");
        assertAccessible();
        page.fill("#email", email);
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Check your email");
        page.navigate(Mailbox.awaitLink(email, SIGN_IN_LINK));
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Your listings");
    }

    @Test
    void editsToALiveListingAreNotPublicBeforeAModeratorApproves() {
        String name = "Tuesday tea dance " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = fixtures.draft(name);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fixtures.setContactEmail(id, owner);

        signIn(owner);
        assertThat(page.locator("main")).containsText(name);
        assertAccessible();

        // On their own public page, a signed-in provider is offered the edit page, not the claim flow.
        open("/listings/" + id);
        assertThat(page.locator("main")).containsText("Edit this listing");
        assertThat(page.locator("main")).not().containsText("Is this your group?");
        page.click("text=Edit this listing");
        assertThat(page.locator("h1")).hasText("Change your listing");
        open("/manage/listings");

        page.click("text=Change the details");
        assertThat(page.locator("h1")).hasText("Change your listing");
        assertAccessible();
        page.fill("#name", "");
        page.click("main button[type=submit]");
        assertThat(page.locator("#name-error")).containsText("Enter the name of the activity");
        assertAccessible();
        page.fill("#name", name + " and social");
        page.click("main button[type=submit]");
        assertThat(page.locator("main")).containsText("Your changes have been sent for checking");

        given().when()
                .get("/listings/" + id)
                .then()
                .statusCode(200)
                .body(containsString("<h1>" + name + "</h1>"))
                .body(not(containsString("and social")));
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> revisions.count(
                                "listing.id = ?1 and kind = ?2 and status = ?3",
                                id,
                                RevisionKind.EDIT,
                                RevisionStatus.PENDING)));
    }

    @Test
    void stillCorrectAndPauseWorkInOneClick() {
        String name = "Chair yoga " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = fixtures.draft(name);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fixtures.setContactEmail(id, owner);
        fixtures.setLastConfirmedDaysAgo(id, 200);

        signIn(owner);
        page.click("text=It is still correct");
        assertThat(page.locator("main")).containsText("still correct");
        assertEquals(0, fixtures.daysSinceConfirmed(id));

        page.click("main button:has-text('Pause')");
        assertThat(page.locator("main")).containsText("Your listing is paused");
        given().when().get("/listings/" + id).then().statusCode(404);
        assertAccessible();
    }

    @Test
    void anUnknownAddressGetsTheSamePageAndNoEmail() {
        UUID id = fixtures.draft("Known address " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fixtures.setContactEmail(id, owner);
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        String ownersPage = askForALink(owner);
        String strangersPage = askForALink(stranger);
        assertAccessible();

        assertEquals(ownersPage, strangersPage, "the page must not tell which addresses are known");
        // Mail is queued in the same transaction as the request, so this is already final.
        assertEquals(1, queuedFor(owner));
        assertEquals(0, queuedFor(stranger));
        Mailbox.awaitLink(owner, SIGN_IN_LINK);
        assertEquals(0, Mailbox.messages(stranger).size());
    }

    private String askForALink(String email) {
        open("/manage");
        page.fill("#email", email);
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Check your email");
        assertThat(page.locator("#send-again")).isVisible();
        return page.locator("main").innerText();
    }

    private long queuedFor(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from mail_outbox where recipient = ?1")
                                .setParameter(1, email)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void someoneElsesListingCannotBeTouched() {
        UUID mine = fixtures.draft("Mine " + UUID.randomUUID().toString().substring(0, 6));
        UUID theirs = fixtures.draft("Theirs " + UUID.randomUUID().toString().substring(0, 6));
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fixtures.setContactEmail(mine, owner);
        signIn(owner);
        page.navigate(baseUrl() + "/manage/listings/" + theirs + "/edit");
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Inject
    ManageEntries manage;

    @Test
    void reminderLinkPagesAreAccessible() {
        UUID id =
                fixtures.draft("Reminder pages " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        ManageEntries.ReminderLinks links =
                QuarkusTransaction.requiringNew().call(() -> manage.reminderLinks(listings.findById(id)));
        page.navigate(links.confirm());
        assertThat(page.locator("h1")).hasText("Is your listing still correct?");
        assertAccessible();
        page.click("main button[type=submit]");
        assertThat(page.locator("main")).containsText("still correct");
        assertAccessible();

        page.navigate(links.edit());
        assertThat(page.locator("h1")).hasText("Change your listing");
        assertAccessible();
    }

    @Test
    void aSignedInProviderAddsAnotherActivityWithoutJavaScript() {
        switchJavaScriptOff();
        UUID first =
                fixtures.draft("First activity " + UUID.randomUUID().toString().substring(0, 6));
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fixtures.setContactEmail(first, owner);
        open("/manage");
        page.fill("#email", owner);
        page.click("main button[type=submit]");
        page.navigate(Mailbox.awaitLink(owner, SIGN_IN_LINK));
        page.click("main button[type=submit]");
        page.click("text=Add another activity");
        assertThat(page.locator("h1")).hasText("Add another activity");
        assertThat(page.locator("#organisationName")).hasCount(0);

        String name = "Saturday litter pick " + UUID.randomUUID().toString().substring(0, 6);
        page.fill("#activityName", name);
        page.fill("#description", "Help keep the park tidy, then tea together.");
        page.click("label[for=domains-volunteering]");
        page.click("label[for=where-online]");
        page.click("main button[type=submit]");
        assertThat(page.locator("main")).containsText("Your new activity has been sent for checking");
        assertThat(page.locator("main")).containsText(name);
        assertEquals(
                ListingStatus.PENDING,
                QuarkusTransaction.requiringNew()
                        .call(() -> listings.find("name", name).firstResult().getStatus()));
    }

    @Test
    void theSignInPagesAreAccessibleWithAndWithoutErrors() {
        open("/manage");
        page.fill("#email", "not-an-address");
        page.click("main button[type=submit]");
        assertThat(page.locator("#email-error")).containsText("correct format");
        assertAccessible();

        UUID id = fixtures.draft(
                "Sign-in page check " + UUID.randomUUID().toString().substring(0, 6));
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fixtures.setContactEmail(id, owner);
        page.fill("#email", owner);
        page.click("main button[type=submit]");
        page.navigate(Mailbox.awaitLink(owner, SIGN_IN_LINK));
        assertThat(page.locator("h1")).hasText("Sign in to manage your listings");
        assertAccessible();
        page.click("main button[type=submit]");
        page.click("text=Add another activity");
        page.click("main button[type=submit]");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter the name of the activity");
        assertAccessible();
    }
}
