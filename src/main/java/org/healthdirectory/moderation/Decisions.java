package org.healthdirectory.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.IllegalStatusChangeException;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingDetails;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.organisation.OrganisationDetails;
import org.healthdirectory.web.DirectoryConfig;

/**
 * A moderator's decisions: each changes the entry, is written to the audit log and queues an email to
 * the provider, all in one transaction (the email goes only if the change was saved).
 *
 * <p>One decision per revision and per report, even when two moderators (or one double click) decide
 * at the same moment: the revision or report row is locked first ({@code select ... for update}) and
 * its status read after the lock, so the second waits, then sees the first decision and is refused
 * ("someone else decided first") with no second change, audit event or email.
 */
@ApplicationScoped
public class Decisions {

    /** The longest note or reason staff can give with a decision (the database columns hold 2,000). */
    static final int NOTE_MAX = 2000;

    private final RevisionRepository revisions;
    private final ListingReports reports;
    private final ListingRepository listings;
    private final AuditLog auditLog;
    private final MailOutbox outbox;
    private final DirectoryConfig config;
    private final Clock clock;

    Decisions(
            RevisionRepository revisions,
            ListingReports reports,
            ListingRepository listings,
            AuditLog auditLog,
            MailOutbox outbox,
            DirectoryConfig config,
            Clock clock) {
        this.revisions = revisions;
        this.reports = reports;
        this.listings = listings;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Revision approve(UUID revisionId, Staff staff, String note) {
        Revision revision = pending(revisionId, staff);
        Listing listing = revision.getListing();
        Instant now = clock.instant();
        Map<String, Object> before = state(listing);
        if (revision.getKind() == RevisionKind.EDIT) {
            before.putAll(ListingDetails.of(listing).asMap(revision.getChangedFields()));
        } else if (revision.getKind() == RevisionKind.WHEN_WHERE) {
            before.putAll(WhenWhere.of(listing).asMap());
        } else if (revision.getKind() == RevisionKind.CLAIM) {
            before.put("contactEmail", listing.getOrganisation().getContactEmail());
        } else if (revision.getKind() == RevisionKind.ORGANISATION) {
            before.putAll(OrganisationDetails.of(revision.getOrganisation()).byLabel());
        }
        try {
            switch (revision.getKind()) {
                case NEW_LISTING -> {
                    listing.moveTo(ListingStatus.PUBLISHED, now);
                    listing.confirm(now);
                }
                case EDIT -> {
                    requireLiveOrPaused(listing);
                    ListingDetails.of(listing)
                            .with(revision.getProposed(), revision.getChangedFields())
                            .applyTo(listing);
                    listing.confirm(now);
                }
                case WHEN_WHERE -> {
                    requireLiveOrPaused(listing);
                    revision.getWhenWhere().applyTo(listing);
                    listing.confirm(now);
                }
                case CLAIM -> listing.getOrganisation().setContactEmail(revision.getClaimEmail());
                case REMOVAL -> listing.moveTo(ListingStatus.ARCHIVED, now);
                case ORGANISATION -> revision.getOrganisationDetails().applyTo(revision.getOrganisation());
            }
        } catch (IllegalStatusChangeException e) {
            throw new DecisionRefused(
                    "This entry has changed since this was sent in, so it cannot be approved. " + "Its status is now: "
                            + listing.getStatus().name().toLowerCase().replace('_', ' ') + ".");
        }
        revision.decide(RevisionStatus.APPROVED, staff.username(), blankToNull(note), now);
        Map<String, Object> after = state(listing);
        if (revision.getKind() == RevisionKind.EDIT) {
            after.putAll(revision.getProposed().asMap(revision.getChangedFields()));
        } else if (revision.getKind() == RevisionKind.WHEN_WHERE) {
            after.putAll(revision.getWhenWhere().asMap());
        } else if (revision.getKind() == RevisionKind.CLAIM) {
            after.put("contactEmail", revision.getClaimEmail());
        } else if (revision.getKind() == RevisionKind.ORGANISATION) {
            after.putAll(revision.getOrganisationDetails().byLabel());
        }
        auditLog.record(
                staff.username(),
                "revision.approved",
                "Listing",
                listing.getId(),
                before,
                after,
                decisionNote(revision, note));
        tell(
                revision,
                "Approved: " + listing.getName(),
                ModerationMail.Templates.approved(
                        ModerationMail.change(revision.getKind()),
                        listing.getName(),
                        config.baseUrl() + "/listings/" + listing.getId(),
                        blankToNull(note),
                        config.baseUrl() + "/manage",
                        config.serviceName()));
        return revision;
    }

    @Transactional
    public Revision reject(UUID revisionId, Staff staff, String reason) {
        Revision revision = pending(revisionId, staff);
        Listing listing = revision.getListing();
        Instant now = clock.instant();
        Map<String, Object> before = state(listing);
        if (revision.getKind() == RevisionKind.NEW_LISTING && listing.getStatus() == ListingStatus.PENDING) {
            listing.moveTo(ListingStatus.ARCHIVED, now);
        }
        revision.decide(RevisionStatus.REJECTED, staff.username(), reason, now);
        auditLog.record(
                staff.username(),
                "revision.rejected",
                "Listing",
                listing.getId(),
                before,
                state(listing),
                decisionNote(revision, reason));
        tell(
                revision,
                "Not published: " + listing.getName(),
                ModerationMail.Templates.rejected(
                        ModerationMail.change(revision.getKind()),
                        listing.getName(),
                        reason,
                        config.baseUrl() + "/manage",
                        config.serviceName()));
        return revision;
    }

    @Transactional
    public Revision requestChanges(UUID revisionId, Staff staff, String message) {
        Revision revision = pending(revisionId, staff);
        Listing listing = revision.getListing();
        Instant now = clock.instant();
        Map<String, Object> before = state(listing);
        if (revision.getKind() == RevisionKind.NEW_LISTING && listing.getStatus() == ListingStatus.PENDING) {
            listing.moveTo(ListingStatus.CHANGES_REQUESTED, now);
        }
        revision.decide(RevisionStatus.CHANGES_REQUESTED, staff.username(), message, now);
        auditLog.record(
                staff.username(),
                "revision.changes-requested",
                "Listing",
                listing.getId(),
                before,
                state(listing),
                decisionNote(revision, message));
        tell(
                revision,
                "Please change your entry: " + listing.getName(),
                ModerationMail.Templates.changesRequested(
                        ModerationMail.change(revision.getKind()),
                        listing.getName(),
                        message,
                        config.baseUrl() + "/manage",
                        config.serviceName()));
        return revision;
    }

    @Transactional
    public ListingReport resolveReport(UUID reportId, Staff staff, String note) {
        ListingReport report = reports.findByIdOptional(reportId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(NotFoundException::new);
        staff.check(report.getListing());
        if (report.getStatus() != ListingReport.Status.OPEN) {
            throw new DecisionRefused("Someone has already dealt with this report.");
        }
        report.resolve(staff.username(), blankToNull(note), clock.instant());
        auditLog.record(
                staff.username(),
                "report.resolved",
                "Listing",
                report.getListing().getId(),
                Map.of("report", report.getId().toString(), "status", "OPEN"),
                Map.of("report", report.getId().toString(), "status", "RESOLVED"),
                blankToNull(note));
        if (report.getReplyEmail() != null) {
            outbox.queue(
                    "report-answered",
                    ModerationMail.mail(
                            report.getReplyEmail(),
                            "About your report: " + report.getListing().getName(),
                            ModerationMail.Templates.reportAnswered(
                                    report.getListing().getName(), blankToNull(note), config.serviceName())));
        }
        return report;
    }

    /** Takes a published entry off the site at once; only a moderator can put it back. */
    @Transactional
    public Listing suspend(UUID listingId, Staff staff, String reason) {
        Listing listing = listing(listingId, staff);
        Map<String, Object> before = state(listing);
        try {
            listing.suspend(staff.username(), reason, clock.instant());
        } catch (IllegalStatusChangeException e) {
            throw new DecisionRefused("Only a published entry can be suspended.");
        }
        auditLog.record(
                staff.username(), "listing.suspended", "Listing", listing.getId(), before, state(listing), reason);
        tellOwner(
                listing,
                "Taken off the directory: " + listing.getName(),
                ModerationMail.Templates.suspended(
                        listing.getName(), reason, false, config.baseUrl() + "/manage", config.serviceName()));
        return listing;
    }

    /** Takes a published entry off the site until the provider fixes it and a moderator checks it again. */
    @Transactional
    public Listing unpublish(UUID listingId, Staff staff, String reason) {
        Listing listing = listing(listingId, staff);
        Map<String, Object> before = state(listing);
        if (!listing.isPublished()) {
            throw new DecisionRefused("Only a published entry can be unpublished.");
        }
        listing.moveTo(ListingStatus.CHANGES_REQUESTED, clock.instant());
        auditLog.record(
                staff.username(), "listing.unpublished", "Listing", listing.getId(), before, state(listing), reason);
        tellOwner(
                listing,
                "Please change your entry: " + listing.getName(),
                ModerationMail.Templates.suspended(
                        listing.getName(), reason, true, config.baseUrl() + "/manage", config.serviceName()));
        return listing;
    }

    @Transactional
    public Listing reinstate(UUID listingId, Staff staff, String note) {
        Listing listing = listing(listingId, staff);
        Map<String, Object> before = state(listing);
        if (listing.isSuspended()) {
            listing.reinstate(clock.instant());
        } else if (listing.republishIfOutOfDate(clock.instant())) {
            // The moderator has checked the details with the provider, e.g. by phone.
            listing.confirm(clock.instant());
        } else {
            throw new DecisionRefused("Only a suspended or hidden entry can be put back.");
        }
        auditLog.record(
                staff.username(),
                "listing.reinstated",
                "Listing",
                listing.getId(),
                before,
                state(listing),
                blankToNull(note));
        return listing;
    }

    private Revision pending(UUID revisionId, Staff staff) {
        Revision revision = revisions
                .findByIdOptional(revisionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(NotFoundException::new);
        if (revision.getListing() == null) {
            throw new NotFoundException();
        }
        // Decisions on two revisions of one entry (an edit and its removal, say) take turns too.
        listings.findById(revision.getListing().getId(), LockModeType.PESSIMISTIC_WRITE);
        staff.check(revision.getListing());
        if (revision.getStatus() != RevisionStatus.PENDING) {
            throw new DecisionRefused("Someone has already decided on this: it was "
                    + revision.getStatus().name().toLowerCase().replace('_', ' ') + " by " + revision.getDecidedBy()
                    + ".");
        }
        return revision;
    }

    private Listing listing(UUID id, Staff staff) {
        Listing listing =
                listings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(NotFoundException::new);
        staff.check(listing);
        return listing;
    }

    private static void requireLiveOrPaused(Listing listing) {
        if (!listing.isPublished() && listing.getStatus() != ListingStatus.PAUSED) {
            throw new IllegalStatusChangeException(listing.getStatus(), ListingStatus.PUBLISHED);
        }
    }

    private void tell(Revision revision, String subject, io.quarkus.qute.TemplateInstance body) {
        if (revision.getSubmittedByEmail() != null) {
            outbox.queue("decision", ModerationMail.mail(revision.getSubmittedByEmail(), subject, body));
        }
    }

    private void tellOwner(Listing listing, String subject, io.quarkus.qute.TemplateInstance body) {
        String owner = listing.getOrganisation().getContactEmail();
        if (owner != null && !owner.isBlank()) {
            outbox.queue("decision", ModerationMail.mail(owner, subject, body));
        }
    }

    private static Map<String, Object> state(Listing listing) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", listing.getStatus().name());
        return state;
    }

    private static String decisionNote(Revision revision, String note) {
        String kind = "revision " + revision.getId() + " ("
                + revision.getKind().name().toLowerCase() + ")";
        return note == null || note.isBlank() ? kind : kind + ": " + note.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
