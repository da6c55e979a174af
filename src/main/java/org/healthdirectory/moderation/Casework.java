package org.healthdirectory.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.geo.Locality;
import org.healthdirectory.geo.LocalityRepository;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.web.FieldError;

/**
 * What a moderator reads before deciding: the queue with its filters, one change sent in, one problem
 * report. Each is read in one transaction and handed back as plain records, so the pages never touch
 * an entity (or a lazy association) after the transaction has ended.
 */
@ApplicationScoped
public class Casework {

    /** One choice in a filter list. */
    public record Option(String value, String label, boolean selected) {}

    /** The queue as filtered, and the filter lists with the chosen ones marked. */
    public record Queue(List<QueueItem> items, List<Option> types, List<Option> domains, List<Option> localities) {}

    /** One change sent in, as the moderator sees it. */
    public record RevisionView(
            UUID id,
            UUID listingId,
            String kindLabel,
            boolean newListing,
            String listingName,
            String organisationName,
            String submittedByEmail,
            String waited,
            List<FieldChange> changes,
            boolean pending,
            String decided,
            String decidedBy,
            String decisionNote,
            String note,
            List<FieldError> errors) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    /** One problem report, as the moderator sees it. */
    public record ReportView(
            UUID id,
            UUID listingId,
            String listingName,
            String reason,
            String details,
            String replyEmail,
            boolean open,
            String waited,
            String resolvedBy,
            String resolutionNote,
            String note,
            List<FieldError> errors) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    private final ModerationQueue queue;
    private final RevisionRepository revisions;
    private final ListingReports reports;
    private final DomainRepository domains;
    private final LocalityRepository localities;
    private final ContentCatalogue catalogue;
    private final Clock clock;

    Casework(
            ModerationQueue queue,
            RevisionRepository revisions,
            ListingReports reports,
            DomainRepository domains,
            LocalityRepository localities,
            ContentCatalogue catalogue,
            Clock clock) {
        this.queue = queue;
        this.revisions = revisions;
        this.reports = reports;
        this.domains = domains;
        this.localities = localities;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The queue narrowed by type, domain and locality; unknown filter values mean "any". */
    @Transactional
    public Queue queue(String type, String domain, String locality, Staff staff) {
        QueueItem.Type chosenType = Arrays.stream(QueueItem.Type.values())
                .filter(t -> t.name().equals(type))
                .findFirst()
                .orElse(null);
        String chosenDomain =
                domains.findBySlug(blank(domain)).map(d -> d.getSlug()).orElse(null);
        String chosenLocality =
                localities.findBySlug(blank(locality)).map(l -> l.getSlug()).orElse(null);
        return new Queue(
                queue.items(new ModerationQueue.Filter(chosenType, chosenDomain, chosenLocality), staff.localityIds()),
                Arrays.stream(QueueItem.Type.values())
                        .map(t -> new Option(t.name(), t.label, t == chosenType))
                        .toList(),
                domains.listInOrder().stream()
                        .map(d ->
                                new Option(d.getSlug(), d.getName(), d.getSlug().equals(chosenDomain)))
                        .toList(),
                localities.listAll().stream()
                        .filter(l -> staff.localityIds().isEmpty()
                                || staff.localityIds().contains(l.getId()))
                        .sorted(Comparator.comparing(Locality::getName))
                        .map(l ->
                                new Option(l.getSlug(), l.getName(), l.getSlug().equals(chosenLocality)))
                        .toList());
    }

    /** A change sent in, if it is about an entry in the moderator's localities; otherwise not found. */
    @Transactional
    public RevisionView revision(UUID id, Staff staff, String note, List<FieldError> errors) {
        Revision revision = revisions.findByIdOptional(id).orElseThrow(NotFoundException::new);
        Listing listing = revision.getListing();
        if (listing == null || !staff.covers(listing)) {
            throw new NotFoundException();
        }
        return new RevisionView(
                revision.getId(),
                listing.getId(),
                QueueItem.Type.valueOf(revision.getKind().name()).label,
                revision.getKind() == RevisionKind.NEW_LISTING,
                listing.getName(),
                listing.getOrganisation().getName(),
                revision.getSubmittedByEmail(),
                QueueItem.waited(revision.getSubmittedAt(), clock.instant()),
                RevisionDiff.of(revision, catalogue),
                revision.getStatus() == RevisionStatus.PENDING,
                revision.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                revision.getDecidedBy(),
                revision.getDecisionNote(),
                note,
                errors);
    }

    /** A problem report, if it is about an entry in the moderator's localities; otherwise not found. */
    @Transactional
    public ReportView report(UUID id, Staff staff, String note, List<FieldError> errors) {
        ListingReport report = reports.findByIdOptional(id).orElseThrow(NotFoundException::new);
        Listing listing = report.getListing();
        if (!staff.covers(listing)) {
            throw new NotFoundException();
        }
        return new ReportView(
                report.getId(),
                listing.getId(),
                listing.getName(),
                report.getReason().label,
                report.getDetails(),
                report.getReplyEmail(),
                report.getStatus() == ListingReport.Status.OPEN,
                QueueItem.waited(report.getReportedAt(), clock.instant()),
                report.getResolvedBy(),
                report.getResolutionNote(),
                note,
                errors);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? "" : value;
    }
}
