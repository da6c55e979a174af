package org.healthdirectory.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records every provider and moderator action. Call it inside the transaction that makes the change. */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEvent, UUID> {

    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(
            String actor,
            String action,
            String subjectType,
            UUID subjectId,
            Map<String, Object> before,
            Map<String, Object> after,
            String note) {
        AuditEvent event = new AuditEvent(
                UUID.randomUUID(), clock.instant(), actor, action, subjectType, subjectId, before, after, note);
        persist(event);
        return event;
    }

    public List<AuditEvent> newestForSubject(UUID subjectId, int limit) {
        return find("subjectId = ?1 order by occurredAt desc", subjectId)
                .page(0, limit)
                .list();
    }

    public List<AuditEvent> forSubject(UUID subjectId) {
        return list("subjectId = ?1 order by occurredAt", subjectId);
    }
}
