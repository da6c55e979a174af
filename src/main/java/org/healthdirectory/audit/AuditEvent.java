package org.healthdirectory.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One provider or moderator action: who, when, what, and the state before and after.
 * Append-only: the entity is immutable and the database refuses updates and deletes.
 */
@Entity
@Immutable
public class AuditEvent {

    @Id
    private UUID id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private String subjectType;
    private UUID subjectId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    private Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    private Map<String, Object> after;

    private String note;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(
            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            UUID subjectId,
            Map<String, Object> before,
            Map<String, Object> after,
            String note) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
        this.note = note;
    }

    public UUID getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    public Map<String, Object> getBefore() {
        return before;
    }

    public Map<String, Object> getAfter() {
        return after;
    }

    public String getNote() {
        return note;
    }
}
