package org.healthdirectory.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.listing.EditableField;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingDetails;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationDetails;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A proposed change awaiting moderation: a new listing, an edit, a change to when and where, a removal,
 * a claim or a change to the organisation. Each kind keeps its proposal as its own typed value.
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

    /** The listing's details as proposed (an edit), or as sent in (a new entry); none for claims and removals. */
    @JdbcTypeCode(SqlTypes.JSON)
    private ListingDetails proposed;

    /** Which of the proposed details an edit changes; the others are as they were when it was sent. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> changedFields = new ArrayList<>();

    /** A claim: the address that asks to manage the listing, and what they say their role is. */
    private String claimEmail;

    private String claimRole;

    /** A change to the organisation's details: all of them as proposed. */
    @JdbcTypeCode(SqlTypes.JSON)
    private OrganisationDetails organisationDetails;

    /** A change to when and where it happens: all the listing's places and times as proposed. */
    @JdbcTypeCode(SqlTypes.JSON)
    private WhenWhere whenWhere;

    private Instant submittedAt;
    private String submittedByEmail;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionNote;

    protected Revision() {
        // for JPA
    }

    private Revision(
            RevisionKind kind, Listing listing, Organisation organisation, String submittedByEmail, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.listing = listing;
        this.organisation = organisation;
        this.submittedByEmail = submittedByEmail;
        this.submittedAt = now;
    }

    /** A new entry (or one sent back after changes were asked for), checked as a whole. */
    public static Revision newListing(Listing listing, Set<EditableField> changed, String email, Instant now) {
        Revision revision = new Revision(RevisionKind.NEW_LISTING, listing, listing.getOrganisation(), email, now);
        revision.proposed = ListingDetails.of(listing);
        revision.changedFields = names(changed);
        return revision;
    }

    /** Changes to a listing that is (or was) live: only the changed fields are laid over it on approval. */
    public static Revision edit(
            Listing listing, ListingDetails proposed, Set<EditableField> changed, String email, Instant now) {
        Revision revision = new Revision(RevisionKind.EDIT, listing, listing.getOrganisation(), email, now);
        revision.proposed = proposed;
        revision.changedFields = names(changed);
        return revision;
    }

    /** The provider's places and times ("When and where"), approved all at once. */
    public static Revision whenWhere(Listing listing, WhenWhere proposed, String email, Instant now) {
        Revision revision = new Revision(RevisionKind.WHEN_WHERE, listing, listing.getOrganisation(), email, now);
        revision.whenWhere = proposed;
        return revision;
    }

    /** Someone who proved they own this email address asks to manage the listing. */
    public static Revision claim(Listing listing, String email, String role, Instant now) {
        Revision revision = new Revision(RevisionKind.CLAIM, listing, listing.getOrganisation(), email, now);
        revision.claimEmail = email;
        revision.claimRole = role;
        return revision;
    }

    /** The provider changes their organisation's details; shown in the queue with one of its listings. */
    public static Revision organisation(Listing listing, OrganisationDetails proposed, String email, Instant now) {
        Revision revision = new Revision(RevisionKind.ORGANISATION, listing, listing.getOrganisation(), email, now);
        revision.organisationDetails = proposed;
        return revision;
    }

    /** The provider asks for the listing to be taken down. */
    public static Revision removal(Listing listing, String email, Instant now) {
        return new Revision(RevisionKind.REMOVAL, listing, listing.getOrganisation(), email, now);
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

    public ListingDetails getProposed() {
        return proposed;
    }

    public Set<EditableField> getChangedFields() {
        Set<EditableField> fields = EnumSet.noneOf(EditableField.class);
        changedFields.forEach(name -> fields.add(EditableField.valueOf(name)));
        return fields;
    }

    public String getClaimEmail() {
        return claimEmail;
    }

    public String getClaimRole() {
        return claimRole;
    }

    public OrganisationDetails getOrganisationDetails() {
        return organisationDetails;
    }

    public WhenWhere getWhenWhere() {
        return whenWhere;
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

    private static List<String> names(Set<EditableField> fields) {
        return fields.stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
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
