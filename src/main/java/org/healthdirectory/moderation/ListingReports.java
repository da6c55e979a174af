package org.healthdirectory.moderation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.RateLimiter;

/** Stores public problem reports, each with an audit record, within an hourly limit per IP address. */
@ApplicationScoped
public class ListingReports implements PanacheRepositoryBase<ListingReport, UUID> {

    private final AuditLog auditLog;
    private final RateLimiter limiter;
    private final DirectoryConfig config;
    private final Clock clock;

    ListingReports(AuditLog auditLog, RateLimiter limiter, DirectoryConfig config, Clock clock) {
        this.auditLog = auditLog;
        this.limiter = limiter;
        this.config = config;
        this.clock = clock;
    }

    /** Stores the report; empty (nothing stored) when this IP address has sent too many this hour. */
    @Transactional
    public Optional<ListingReport> receive(
            Listing listing, ListingReport.Reason reason, String details, String replyEmail, String ip) {
        if (!limiter.allow(
                RateLimiter.Budget.ip("report-ip", ip, config.limits().reportsPerIpPerHour()))) {
            return Optional.empty();
        }
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
        return Optional.of(report);
    }
}
