package org.healthdirectory.moderation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.organisation.Organisation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A proposed change awaiting moderation: a new listing, an edit, a removal or a claim.
 * The published listing stays as it is until a moderator decides.
 */
@Entity
public class Revision {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "listing_id")
    private Listing listing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private RevisionKind kind;

    @Enumerated(EnumType.STRING)
    private RevisionStatus status = RevisionStatus.PENDING;

    /** The proposed field values, by field name. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> proposed = new LinkedHashMap<>();

    private Instant submittedAt;
    private String submittedByEmail;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionNote;

    protected Revision() {
        // for JPA
    }

    public Revision(
            UUID id,
            RevisionKind kind,
            Listing listing,
            Organisation organisation,
            Map<String, Object> proposed,
            String submittedByEmail,
            Instant now) {
        this.id = id;
        this.kind = kind;
        this.listing = listing;
        this.organisation = organisation;
        this.proposed = new LinkedHashMap<>(proposed);
        this.submittedByEmail = submittedByEmail;
        this.submittedAt = now;
    }

    public void decide(RevisionStatus decision, String moderator, String note, Instant now) {
        if (status != RevisionStatus.PENDING) {
            throw new IllegalStateException("This change has already been decided");
        }
        if (decision == RevisionStatus.PENDING) {
            throw new IllegalArgumentException("A decision cannot be 'pending'");
        }
        this.status = decision;
        this.decidedBy = moderator;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public RevisionKind getKind() {
        return kind;
    }

    public RevisionStatus getStatus() {
        return status;
    }

    public Map<String, Object> getProposed() {
        return proposed;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedByEmail() {
        return submittedByEmail;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Revision other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Revision.class.hashCode();
    }
}
