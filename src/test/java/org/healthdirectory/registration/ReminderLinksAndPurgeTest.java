package org.healthdirectory.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.RemovedListingPurge;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReminderLinksAndPurgeTest {

    @Inject
    ManageEntries manage;

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    RevisionRepository revisions;

    @Inject
    RemovedListingPurge purge;

    @Inject
    EntityManager entityManager;

    private ManageEntries.ReminderLinks linksFor(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> manage.reminderLinks(listings.findById(id)));
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/reminders/"));
    }

    private static Response postWithCsrf(String pagePath, String action, java.util.Map<String, String> fields) {
        Response page = given().when().get(pagePath);
        page.then().statusCode(200);
        return given().redirects()
                .follow(false)
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .formParams(fields)
                .when()
                .post(action);
    }

    @Test
    void stillCorrectFromAReminderEmailNeedsNoSignInAndWorksOnce() {
        UUID id = fixtures.draft("Reminder walk " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        fixtures.setLastConfirmedDaysAgo(id, 190);
        String confirm = path(linksFor(id).confirm());
        String token = confirm.substring(confirm.indexOf("token=") + 6);

        postWithCsrf(confirm, "/reminders/" + id + "/still-correct", java.util.Map.of("token", token))
                .then()
                .statusCode(200)
                .body(containsString("still correct"));
        assertEquals(0, fixtures.daysSinceConfirmed(id));
        given().when().get(confirm).then().statusCode(410);
    }

    @Test
    void aReminderLinkWorksOnlyForItsOwnListingAndAction() {
        UUID id = fixtures.draft("Scoped link " + UUID.randomUUID().toString().substring(0, 6));
        UUID other =
                fixtures.draft("Other listing " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        ManageEntries.ReminderLinks links = linksFor(id);
        String confirmToken = links.confirm().substring(links.confirm().indexOf("token=") + 6);
        given().when()
                .get("/reminders/" + other + "/still-correct?token=" + confirmToken)
                .then()
                .statusCode(410);
        given().when()
                .get("/reminders/" + id + "/edit?token=" + confirmToken)
                .then()
                .statusCode(410);
    }

    @Test
    void anEditFromAReminderEmailIsHeldForTheModerators() {
        String name = "Edit by link " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = fixtures.draft(name);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        String edit = path(linksFor(id).edit());
        String token = edit.substring(edit.indexOf("token=") + 6);

        postWithCsrf(
                        edit,
                        "/reminders/" + id + "/edit",
                        java.util.Map.of(
                                "token",
                                token,
                                "name",
                                name + " (new day)",
                                "summary",
                                "A test activity.",
                                "description",
                                "A test activity for automated checks.",
                                "cost",
                                "FREE",
                                "takingNewPeople",
                                "yes"))
                .then()
                .statusCode(200)
                .body(containsString("sent for checking"));
        given().when().get("/listings/" + id).then().body(containsString("<h1>" + name + "</h1>"));
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> revisions.count("listing.id = ?1 and kind = ?2", id, RevisionKind.EDIT)));
    }

    @Test
    void removedListingsAreDeletedForGoodAfterThirtyDays() {
        UUID old = fixtures.draft(
                "Removed long ago " + UUID.randomUUID().toString().substring(0, 6));
        UUID recent = fixtures.draft(
                "Removed last week " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(old, ListingStatus.ARCHIVED);
        fixtures.move(recent, ListingStatus.ARCHIVED);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("update listing set updated_at = now() - interval '31 days' where id = ?1")
                    .setParameter(1, old)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("update listing set updated_at = now() - interval '7 days' where id = ?1")
                    .setParameter(1, recent)
                    .executeUpdate();
        });

        purge.purge();

        assertNull(QuarkusTransaction.requiringNew().call(() -> listings.findById(old)));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> listings.findById(recent)));
    }
}
