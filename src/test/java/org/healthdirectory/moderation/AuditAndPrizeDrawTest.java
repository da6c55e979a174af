package org.healthdirectory.moderation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.audit.AuditEvent;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.StaffSession;
import org.junit.jupiter.api.Test;

/** The audit log as staff read and export it, and the monthly prize draw that anyone can re-check. */
@QuarkusTest
class AuditAndPrizeDrawTest {

    @Inject
    AuditLog auditLog;

    @Inject
    ListingFixtures fixtures;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Test
    void theAuditLogFiltersAndExportsAsSafeCsv() {
        UUID subject = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.record(
                        "=HYPERLINK(\"http://evil\")",
                        "report.received",
                        "Listing",
                        subject,
                        null,
                        Map.of("reason", "OTHER"),
                        "a note, with \"quotes\""));
        StaffSession moderator = StaffSession.signIn("moderator", "moderator-demo");

        HttpResponse<String> page = moderator.get("/console/audit?subject=" + subject);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("1 event."), "only the one event for this entry");
        assertTrue(page.body().contains("=HYPERLINK(&quot;http://evil&quot;)"), "shown escaped");

        HttpResponse<String> csv = moderator.get("/console/audit/export.csv?subject=" + subject);
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals("occurred_at,actor,action,subject_type,subject_id,before,after,note", lines[0]);
        assertEquals(2, lines.length);
        assertTrue(
                lines[1].contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "a formula is never a formula: " + lines[1]);
        assertTrue(lines[1].contains("\"a note, with \"\"quotes\"\"\""));

        HttpResponse<String> bad = moderator.get("/console/audit?from=last+week");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Enter a real date, like 24/12/2026"));
    }

    @Test
    void theMonthlyDrawPicksAnEntrantOnceAndCanBeRepeatedFromItsSeed() {
        YearMonth lastMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
        String winnerEmail = Providers.newEmail("entrant");
        List<UUID> entered =
                List.of(published("Prize entrant A"), published("Prize entrant B"), published("Prize entrant C"));
        entered.forEach(id -> fixtures.setContactEmail(id, winnerEmail));
        // Providers confirmed these entries last month (audit events can be added, never changed).
        QuarkusTransaction.requiringNew()
                .run(() -> entered.forEach(id -> entityManager
                        .createNativeQuery("""
                insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id)
                values (?1, ?2, 'provider@example.org', 'listing.confirmed', 'Listing', ?3)""")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, lastMonth.atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC))
                        .setParameter(3, id)
                        .executeUpdate()));

        StaffSession moderator = StaffSession.signIn("moderator", "moderator-demo");
        HttpResponse<String> page = moderator.get("/console/prize-draw?month=" + lastMonth);
        assertTrue(page.body().contains("3 organisations"), "the three who confirmed are in the draw");

        assertEquals(
                409,
                moderator
                        .post(
                                "/console/prize-draw",
                                Map.of(
                                        "month",
                                        YearMonth.now(clock.withZone(ZoneOffset.UTC))
                                                .toString()))
                        .statusCode(),
                "a month that has not ended cannot be drawn");
        assertEquals(
                400,
                moderator.post("/console/prize-draw", Map.of("month", "May")).statusCode());
        assertEquals(
                303,
                moderator
                        .post("/console/prize-draw", Map.of("month", lastMonth.toString()))
                        .statusCode());
        HttpResponse<String> again = moderator.post("/console/prize-draw", Map.of("month", lastMonth.toString()));
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("already run"));

        AuditEvent draw = QuarkusTransaction.requiringNew()
                .call(() -> auditLog.find("action", "prize-draw.run").firstResult());
        @SuppressWarnings("unchecked")
        List<Map<String, String>> entrants =
                (List<Map<String, String>>) draw.getAfter().get("entrants");
        assertEquals(3, entrants.size());
        long seed = ((Number) draw.getAfter().get("seed")).longValue();
        List<PrizeDraws.Entrant> inOrder = entrants.stream()
                .map(e -> new PrizeDraws.Entrant(UUID.fromString(e.get("id")), e.get("name")))
                .toList();
        @SuppressWarnings("unchecked")
        Map<String, String> winner = (Map<String, String>) draw.getAfter().get("winner");
        assertEquals(winner.get("id"), PrizeDraws.pick(inOrder, seed).id().toString(), "anyone can repeat the draw");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(winnerEmail).stream().anyMatch(m -> m.contains("has won the")));
    }

    private UUID published(String name) {
        UUID id = fixtures.draft(name + " " + UUID.randomUUID().toString().substring(0, 5));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        return id;
    }
}
