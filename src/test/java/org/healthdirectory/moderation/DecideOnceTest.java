package org.healthdirectory.moderation;

import static org.healthdirectory.testing.Together.count;
import static org.healthdirectory.testing.Together.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.healthdirectory.listing.EditableField;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.StaffSession;
import org.healthdirectory.testing.Together;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Moderators deciding the same thing at the same moment (a double click, two moderators, 20 posts):
 * one decision per revision, report and month, one audit event and one email; everyone else gets
 * "someone else decided first" (409), never a 500.
 */
@QuarkusTest
class DecideOnceTest {

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

    @BeforeAll
    static void signIn() {
        moderator = StaffSession.signIn("moderator", "moderator-demo");
    }

    /** A new entry waiting for its first decision; the submitter's address is returned. */
    private UUID pendingNewEntry(String submitter) {
        UUID id = fixtures.draft("Decide once " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING);
        return QuarkusTransaction.requiringNew().call(() -> {
            Listing listing = listings.findById(id);
            Revision revision =
                    Revision.newListing(listing, EnumSet.of(EditableField.NAME), submitter, clock.instant());
            revisions.persist(revision);
            return revision.getId();
        });
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

    private UUID listingOf(UUID revision) {
        return QuarkusTransaction.requiringNew()
                .call(() -> revisions.findById(revision).getListing().getId());
    }

    private static void oneDecidesTheRestAreTold(List<HttpResponse<String>> answers, int together) {
        assertEquals(1, count(answers, 303), statuses(answers).toString());
        assertEquals(together - 1, count(answers, 409), statuses(answers).toString());
        answers.stream()
                .filter(a -> a.statusCode() == 409)
                .forEach(a -> assertTrue(a.body().contains("Someone"), a.body()));
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void oneApprovalPerRevision(int together) {
        String submitter = Providers.newEmail("approve-race");
        UUID revision = pendingNewEntry(submitter);
        HttpRequest approve = moderator.preparedPost(
                "/console/queue/revisions/" + revision, Map.of("decision", "approve", "note", ""));

        var answers = Together.times(together, approve);

        oneDecidesTheRestAreTold(answers, together);
        UUID listing = listingOf(revision);
        assertEquals(
                1,
                rows(
                        "select count(*) from audit_event where subject_id = ?1 and action = 'revision.approved'",
                        listing));
        assertEquals(1, rows("select count(*) from mail_outbox where recipient = ?1", submitter));
    }

    @Test
    void approveAndRequestChangesTogetherMakeOneDecision() {
        String submitter = Providers.newEmail("two-decisions");
        UUID revision = pendingNewEntry(submitter);
        String path = "/console/queue/revisions/" + revision;
        var answers = Together.send(List.of(
                moderator.preparedPost(path, Map.of("decision", "approve", "note", "")),
                moderator.preparedPost(path, Map.of("decision", "changes", "note", "Add a start time, please."))));

        oneDecidesTheRestAreTold(answers, 2);
        UUID listing = listingOf(revision);
        assertEquals(
                1,
                rows("select count(*) from audit_event where subject_id = ?1 and action like 'revision.%'", listing));
        assertEquals(1, rows("select count(*) from mail_outbox where recipient = ?1", submitter));
        String status = QuarkusTransaction.requiringNew()
                .call(() -> revisions.findById(revision).getStatus().name());
        String listingStatus = QuarkusTransaction.requiringNew()
                .call(() -> listings.findById(listing).getStatus().name());
        assertEquals(status.equals("APPROVED") ? "PUBLISHED" : "CHANGES_REQUESTED", listingStatus);
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void bulkApprovalApprovesEachRevisionOnce(int together) {
        String submitter = Providers.newEmail("bulk-race");
        UUID revision = pendingNewEntry(submitter);
        HttpRequest approve = moderator.preparedPost("/console/queue/approve", Map.of("revision", revision.toString()));

        var answers = Together.times(together, approve);

        assertEquals(together, count(answers, 303), statuses(answers).toString());
        assertEquals(
                1,
                answers.stream()
                        .filter(a ->
                                a.headers().firstValue("Location").orElse("").contains("done=approved-1"))
                        .count());
        assertEquals(
                1,
                rows(
                        "select count(*) from audit_event where subject_id = ?1 and action = 'revision.approved'",
                        listingOf(revision)));
        assertEquals(1, rows("select count(*) from mail_outbox where recipient = ?1", submitter));
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void aProblemReportIsResolvedOnce(int together) {
        UUID id = fixtures.draft("Report once " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        String reporter = Providers.newEmail("reporter-race");
        UUID report = QuarkusTransaction.requiringNew()
                .call(() -> reports.receive(
                                listings.findById(id),
                                ListingReport.Reason.STOPPED,
                                "It has closed.",
                                reporter,
                                "192.0.2.7")
                        .orElseThrow()
                        .getId());

        var answers = Together.times(
                together,
                moderator.preparedPost("/console/queue/reports/" + report, Map.of("note", "Thank you, fixed.")));

        oneDecidesTheRestAreTold(answers, together);
        assertEquals(
                1, rows("select count(*) from audit_event where subject_id = ?1 and action = 'report.resolved'", id));
        assertEquals(1, rows("select count(*) from mail_outbox where recipient = ?1", reporter));
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void theMonthlyDrawRunsOnce(int together) {
        // A month long ago that no other test draws, with one organisation that confirmed an entry in it.
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(1950, 2000), 1 + together % 12);
        UUID id = fixtures.draft("Draw once " + UUID.randomUUID().toString().substring(0, 6));
        String owner = Providers.newEmail("draw-race");
        fixtures.setContactEmail(id, owner);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                        insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id)
                        values (?1, ?2, 'test', 'listing.confirmed', 'Listing', ?3)""")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(
                                2, Timestamp.from(month.atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC)))
                        .setParameter(3, id)
                        .executeUpdate());

        List<HttpRequest> draws = new ArrayList<>();
        for (int i = 0; i < together; i++) {
            draws.add(moderator.preparedPost("/console/prize-draw", Map.of("month", month.toString())));
        }
        var answers = Together.send(draws);

        assertEquals(1, count(answers, 303), statuses(answers).toString());
        assertEquals(together - 1, count(answers, 409), statuses(answers).toString());
        assertEquals(1, rows("select count(*) from prize_draw where month = ?1", month.atDay(1)));
        assertEquals(
                1,
                rows(
                        "select count(*) from audit_event where action = 'prize-draw.run' and after_state ->> 'month' = ?1",
                        month.toString()));
        assertEquals(1, rows("select count(*) from mail_outbox where recipient = ?1", owner));
    }
}
