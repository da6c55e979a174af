package org.healthdirectory.moderation;

import static org.healthdirectory.testing.FormPages.assertErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.listing.EditableField;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.StaffSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff forms refuse bad input the way every form does: the message next to the field and in the error
 * summary, a 400, and nothing decided, stored or sent.
 */
@QuarkusTest
class ConsoleFormsTest {

    private static final String TOO_LONG = "x".repeat(2001);

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    RevisionRepository revisions;

    @Inject
    ListingReports reports;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    private static StaffSession moderator;
    private static StaffSession admin;

    @BeforeAll
    static void signIn() {
        moderator = StaffSession.signIn("moderator", "moderator-demo");
        admin = StaffSession.signIn("admin", "admin-demo");
    }

    @Test
    void aDecisionNeedsItsReasonAndANoteThatFits() {
        UUID revision = pendingNewEntry();
        String path = "/console/queue/revisions/" + revision;

        assertErrorAt(
                moderator.post(path, Map.of("decision", "reject", "note", " ")),
                400,
                "note",
                "Say why you are rejecting it. The provider will see this.");
        assertErrorAt(
                moderator.post(path, Map.of("decision", "changes", "note", "")),
                400,
                "note",
                "Say what needs to change. The provider will see this.");
        assertErrorAt(
                moderator.post(path, Map.of("decision", "approve", "note", TOO_LONG)),
                400,
                "note",
                "The note must be 2,000 characters or fewer");
        assertErrorAt(
                moderator.post(path, Map.of("decision", "delete", "note", "Gone")),
                400,
                "note",
                "Choose approve, request changes or reject");

        assertEquals(
                RevisionStatus.PENDING,
                QuarkusTransaction.requiringNew()
                        .call(() -> revisions.findById(revision).getStatus()));
    }

    @Test
    void aReportIsNotMarkedDealtWithWhenTheNoteIsTooLong() {
        UUID listing = published("Report form");
        UUID report = QuarkusTransaction.requiringNew()
                .call(() -> reports.receive(
                                listings.findById(listing),
                                ListingReport.Reason.STOPPED,
                                "It has closed.",
                                null,
                                "192.0.2.8")
                        .orElseThrow()
                        .getId());

        assertErrorAt(
                moderator.post("/console/queue/reports/" + report, Map.of("note", TOO_LONG)),
                400,
                "note",
                "The note must be 2,000 characters or fewer");
        assertEquals(0, rows("select count(*) from listing_report where id = ?1 and resolved_at is not null", report));
    }

    @Test
    void anEntryIsNotSuspendedWithoutAReason() {
        UUID listing = published("Suspend form");

        assertErrorAt(
                moderator.post("/console/listings/" + listing + "/suspend", Map.of("reason", "  ")),
                400,
                "reason",
                "Say why. The provider will see this.");
        assertErrorAt(
                moderator.post("/console/listings/" + listing + "/unpublish", Map.of("reason", TOO_LONG)),
                400,
                "reason",
                "The reason must be 2,000 characters or fewer");

        assertEquals(
                ListingStatus.PUBLISHED,
                QuarkusTransaction.requiringNew()
                        .call(() -> listings.findById(listing).getStatus()));
    }

    @Test
    void aModeratorGetsALocalityOnlyWithARealNameAndLocality() {
        assertErrorAt(
                admin.post(
                        "/console/localities/assign",
                        Map.of("username", "j smith; drop", "locality", "north-manchester")),
                400,
                "username",
                "Enter the moderator's sign-in name, like j.smith");
        assertErrorAt(
                admin.post("/console/localities/assign", Map.of("username", "form-test", "locality", "atlantis")),
                400,
                "locality",
                "Choose a locality");
        assertEquals(0, rows("select count(*) from moderator_locality where username = ?1", "form-test"));
    }

    @Test
    void thePrizeDrawTakesOnlyAMonth() {
        long before = rows("select count(*) from prize_draw");
        assertErrorAt(moderator.get("/console/prize-draw?month=May"), 400, "month", "Enter a month like 2026-10");
        assertErrorAt(
                moderator.post("/console/prize-draw", Map.of("month", "2026-13")),
                400,
                "month",
                "Enter a month like 2026-10");
        assertErrorAt(
                moderator.post("/console/prize-draw", Map.of("month", "")), 400, "month", "Enter a month like 2026-10");
        assertEquals(before, rows("select count(*) from prize_draw"), "no draw run");
    }

    @Test
    void aCheckIsNotSavedWithDatesThatAreNotReal() {
        UUID organisation = QuarkusTransaction.requiringNew()
                .call(() -> listings.findById(published("Check form"))
                        .getOrganisation()
                        .getId());
        String path = "/console/organisations/" + organisation + "/checks/insurance";
        Map<String, String> form =
                Map.of("status", "PASSED", "checkedBy", "moderator", "checkedOn", "31/2/2026", "expiresOn", "soon");

        HttpResponse<String> page = moderator.post(path, form);

        assertErrorAt(page, 400, "checkedOn", "The date of the check must be a real date");
        assertErrorAt(page, 400, "expiresOn", "The expiry date must be a real date");
        assertEquals(0, rows("select count(*) from organisation_check where organisation_id = ?1", organisation));
    }

    @Test
    void anImportNeedsOneReadableSource() {
        long before = rows("select count(*) from open_referral_import");
        assertErrorAt(
                admin.postMultipart("/console/import", Map.of("url", "ftp://feeds.example.org/services")),
                400,
                "url",
                "Enter a web address that starts with https://");
        assertErrorAt(
                admin.postMultipart("/console/import", Map.of("url", " ")),
                400,
                "url",
                "Enter a web address or choose a file, not both");
        assertEquals(before, rows("select count(*) from open_referral_import"), "no import started");
    }

    private UUID pendingNewEntry() {
        UUID id = fixtures.draft("Form check " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING);
        return QuarkusTransaction.requiringNew().call(() -> {
            Listing listing = listings.findById(id);
            Revision revision = Revision.newListing(
                    listing, EnumSet.of(EditableField.NAME), Providers.newEmail("form-check"), clock.instant());
            revisions.persist(revision);
            return revision.getId();
        });
    }

    private UUID published(String name) {
        UUID id = fixtures.draft(name + " " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        return id;
    }

    private long rows(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
