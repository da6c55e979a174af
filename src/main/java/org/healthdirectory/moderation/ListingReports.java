package org.healthdirectory.moderation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;

/** Stores public problem reports, each with an audit record. */
@ApplicationScoped
public class ListingReports implements PanacheRepositoryBase<ListingReport, UUID> {

    private final AuditLog auditLog;
    private final Clock clock;

    ListingReports(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public ListingReport receive(Listing listing, ListingReport.Reason reason, String details, String replyEmail) {
        ListingReport report = new ListingReport(
                UUID.randomUUID(),
                listing,
                reason,
                details.strip(),
                replyEmail == null || replyEmail.isBlank() ? null : replyEmail.strip(),
                clock.instant());
        persist(report);
        auditLog.record(
                "public",
                "report.received",
                "Listing",
                listing.getId(),
                null,
                Map.of("reason", reason.name(), "report", report.getId().toString()),
                null);
        return report;
    }
}
