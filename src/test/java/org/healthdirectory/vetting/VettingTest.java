package org.healthdirectory.vetting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.audit.AuditEvent;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.moderation.RevisionStatus;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;

/** Checks recorded on an organisation: badges on its listing pages, expiry, the console list, trust. */
@QuarkusTest
class VettingTest {

    @Inject
    Checks checks;

    @Inject
    OrganisationList organisationList;

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    RevisionRepository revisions;

    @Inject
    ManageEntries manage;

    @Inject
    AuditLog auditLog;

    private UUID publishedListing(String name) {
        UUID id = fixtures.draft(name);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        return id;
    }

    private UUID organisationOf(UUID listing) {
        return QuarkusTransaction.requiringNew()
                .call(() -> listings.findById(listing).getOrganisation().getId());
    }

    private static CheckForm form(CheckStatus status, String by, LocalDate on, LocalDate expires) {
        CheckForm form = new CheckForm();
        form.status = status.name();
        form.checkedBy = by;
        form.checkedOn = on == null ? null : on.toString();
        form.expiresOn = expires == null ? null : expires.toString();
        return form;
    }

    private static String month(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(date);
    }

    @Test
    void aPassedCheckShowsOnTheListingPageUntilItExpires() {
        UUID listing =
                publishedListing("Badge walk " + UUID.randomUUID().toString().substring(0, 6));
        UUID organisation = organisationOf(listing);
        LocalDate today = checks.today();
        given().when()
                .get("/listings/" + listing)
                .then()
                .statusCode(200)
                .body(not(containsString("What we have checked")));

        checks.record(
                organisation,
                CheckKind.SAFEGUARDING,
                form(CheckStatus.PASSED, "moderator", today.minusDays(3), today.plusMonths(11)),
                "moderator");
        checks.record(
                organisation, CheckKind.INSURANCE, form(CheckStatus.FAILED, "moderator", today, null), "moderator");
        checks.record(
                organisation,
                CheckKind.FOOD_HYGIENE,
                form(CheckStatus.PASSED, "moderator", today.minusYears(1), today),
                "moderator");
        given().when()
                .get("/listings/" + listing)
                .then()
                .statusCode(200)
                .body(containsString("What we have checked"))
                .body(containsString("Safeguarding policy checked (" + month(today.minusDays(3)) + ")"))
                .body(containsString("Food hygiene checked")) // its last valid day
                .body(not(containsString("Public liability insurance checked"))); // failed checks are not shown

        // A day later the food hygiene check has expired (recorded as it was, before the date passed).
        checks.record(
                organisation,
                CheckKind.FOOD_HYGIENE,
                form(CheckStatus.PASSED, "moderator", today.minusYears(1), today.plusDays(1)),
                "moderator");
        QuarkusTransaction.requiringNew()
                .run(() -> checks.update(
                        "expiresOn = ?1 where organisation.id = ?2 and kind = ?3",
                        today.minusDays(1),
                        organisation,
                        CheckKind.FOOD_HYGIENE));
        given().when()
                .get("/listings/" + listing)
                .then()
                .statusCode(200)
                .body(containsString("Safeguarding policy checked"))
                .body(not(containsString("Food hygiene checked")));
    }

    @Test
    void everyChangeToACheckIsAuditedWithBeforeAndAfter() {
        UUID organisation = organisationOf(
                publishedListing("Audited " + UUID.randomUUID().toString().substring(0, 6)));
        LocalDate today = checks.today();
        checks.record(organisation, CheckKind.DBS, form(CheckStatus.NOT_NEEDED, "moderator", null, null), "moderator");
        checks.record(
                organisation, CheckKind.DBS, form(CheckStatus.PASSED, "admin", today, today.plusYears(3)), "admin");

        List<AuditEvent> events =
                QuarkusTransaction.requiringNew().call(() -> auditLog.forSubject(organisation)).stream()
                        .filter(e -> e.getAction().equals("check.recorded"))
                        .toList();
        assertEquals(2, events.size());
        assertEquals("admin", events.get(1).getActor());
        assertEquals("NOT_NEEDED", events.get(1).getBefore().get("status"));
        assertEquals("PASSED", events.get(1).getAfter().get("status"));
        assertEquals(today.plusYears(3).toString(), events.get(1).getAfter().get("expiresOn"));
    }

    @Test
    void theConsoleListFindsOrganisationsByNameAndByChecksRunningOut() {
        String word = "Expiry" + UUID.randomUUID().toString().substring(0, 6);
        UUID soon = organisationOf(publishedListing(word + " soon"));
        UUID gone = organisationOf(publishedListing(word + " gone"));
        UUID fine = organisationOf(publishedListing(word + " fine"));
        LocalDate today = checks.today();
        checks.record(
                soon,
                CheckKind.INSURANCE,
                form(CheckStatus.PASSED, "moderator", today, today.plusDays(20)),
                "moderator");
        checks.record(
                gone,
                CheckKind.INSURANCE,
                form(CheckStatus.PASSED, "moderator", today.minusYears(1), today.plusDays(1)),
                "moderator");
        QuarkusTransaction.requiringNew()
                .run(() -> checks.update("expiresOn = ?1 where organisation.id = ?2", today.minusDays(2), gone));
        checks.record(
                fine,
                CheckKind.INSURANCE,
                form(CheckStatus.PASSED, "moderator", today, today.plusDays(31)),
                "moderator");

        assertEquals(
                3,
                organisationList
                        .find(word.toLowerCase(Locale.UK), OrganisationList.Filter.ALL, 1)
                        .total());
        assertEquals(
                List.of(soon),
                organisationList.find(word, OrganisationList.Filter.EXPIRING, 1).rows().stream()
                        .map(OrganisationList.Row::id)
                        .toList());
        assertEquals(
                List.of(gone),
                organisationList.find(word, OrganisationList.Filter.EXPIRED, 1).rows().stream()
                        .map(OrganisationList.Row::id)
                        .toList());
        List<UUID> toRenew =
                checks.expiring().stream().map(c -> c.getOrganisation().getId()).toList();
        assertTrue(toRenew.containsAll(List.of(soon, gone)));
        assertFalse(toRenew.contains(fine));
    }

    @Test
    void aTrustedOrganisationsEditPublishesAtOnceAndIsKeptAsAnApprovedRevision() {
        String name = "Trusted edit " + UUID.randomUUID().toString().substring(0, 6);
        UUID listing = publishedListing(name);
        String email = "trusted-" + UUID.randomUUID() + "@example.org";
        fixtures.setContactEmail(listing, email);
        checks.setTrusted(organisationOf(listing), true, "admin");

        ManageEntries.ReminderLinks links =
                QuarkusTransaction.requiringNew().call(() -> manage.reminderLinks(listings.findById(listing)));
        String edit = links.edit().substring(links.edit().indexOf("/reminders/"));
        Response page = given().when().get(edit);
        page.then().statusCode(200);
        given().cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .formParams(Map.of(
                        "token",
                        edit.substring(edit.indexOf("token=") + 6),
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
                .when()
                .post(edit.substring(0, edit.indexOf('?')))
                .then()
                .statusCode(200)
                .body(containsString("Your changes are saved."));

        given().when().get("/listings/" + listing).then().body(containsString(name + " (new day)"));
        QuarkusTransaction.requiringNew().run(() -> {
            var kept = revisions.list("listing.id = ?1 and kind = ?2", listing, RevisionKind.EDIT);
            assertEquals(1, kept.size());
            assertEquals(RevisionStatus.APPROVED, kept.get(0).getStatus());
            assertEquals(name + " (new day)", kept.get(0).getProposed().name());
            assertTrue(auditLog.forSubject(listing).stream()
                    .anyMatch(e -> e.getAction().equals("listing.edited")
                            && e.getActor().equals(email)));
        });
    }
}
