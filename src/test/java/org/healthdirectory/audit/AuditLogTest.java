package org.healthdirectory.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager entityManager;

    @Test
    void recordsWhoDidWhatWithBeforeAndAfter() {
        UUID listing = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.record(
                        "moderator@example.org",
                        "listing.approved",
                        "Listing",
                        listing,
                        Map.of("status", "PENDING"),
                        Map.of("status", "PUBLISHED"),
                        "Looks good"));

        AuditEvent event = QuarkusTransaction.requiringNew()
                .call(() -> auditLog.forSubject(listing).get(0));
        assertEquals("moderator@example.org", event.getActor());
        assertEquals("PENDING", event.getBefore().get("status"));
        assertEquals("PUBLISHED", event.getAfter().get("status"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteHistory() {
        UUID subject = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.record(
                        "someone@example.org", "listing.confirmed", "Listing", subject, null, null, null));

        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery(
                                        "update audit_event set actor = 'someone else' where subject_id = ?1")
                                .setParameter(1, subject)
                                .executeUpdate()));
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("delete from audit_event where subject_id = ?1")
                                .setParameter(1, subject)
                                .executeUpdate()));
        assertEquals(
                1,
                QuarkusTransaction.requiringNew()
                        .call(() -> auditLog.forSubject(subject).size()));
    }

    @Test
    void refusesToRecordOutsideTheChangesOwnTransaction() {
        assertThrows(
                Exception.class,
                () -> auditLog.record(
                        "x@example.org", "listing.approved", "Listing", UUID.randomUUID(), null, null, null));
    }
}
