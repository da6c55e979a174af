package org.healthdirectory.moderation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;
import org.healthdirectory.listing.Listing;

/** A member of the public says something is wrong with a listing. Waits in the moderation queue. */
@Entity
public class ListingReport {

    public enum Reason {
        WRONG_DETAILS("Some details are wrong"),
        STOPPED("It has stopped running"),
        CONTACT_FAILS("The contact details do not work"),
        OTHER("Something else");

        public final String label;

        Reason(String label) {
            this.label = label;
        }
    }

    public enum Status {
        OPEN,
        RESOLVED
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id")
    private Listing listing;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private String details;

    /** Only if the person wants a reply; never shown publicly. */
    private String replyEmail;

    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private Instant resolvedAt;
    private String resolvedBy;
    private String resolutionNote;

    protected ListingReport() {
        // for JPA
    }

    public ListingReport(UUID id, Listing listing, Reason reason, String details, String replyEmail, Instant now) {
        this.id = id;
        this.listing = listing;
        this.reason = reason;
        this.details = details;
        this.replyEmail = replyEmail;
        this.reportedAt = now;
    }

    public void resolve(String moderator, String note, Instant now) {
        if (status == Status.RESOLVED) {
            throw new IllegalStateException("This report has already been dealt with");
        }
        this.status = Status.RESOLVED;
        this.resolvedBy = moderator;
        this.resolutionNote = note;
        this.resolvedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
    }

    public Reason getReason() {
        return reason;
    }

    public String getDetails() {
        return details;
    }

    public String getReplyEmail() {
        return replyEmail;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }
}
