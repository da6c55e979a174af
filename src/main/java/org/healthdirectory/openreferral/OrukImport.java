package org.healthdirectory.openreferral;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.logging.Logger;

/**
 * Runs an import of an ORUK feed as a job: the job row's counts grow batch by batch (so a page can
 * show progress), each service goes in its own transaction, and the finished run is audited.
 */
@ApplicationScoped
public class OrukImport {

    private static final Logger LOG = Logger.getLogger(OrukImport.class);

    private final ServiceImport services;
    private final ImportJobs jobs;
    private final FeedReader reader;
    private final AuditLog audit;
    private final DirectoryConfig config;
    private final Clock clock;

    OrukImport(
            ServiceImport services,
            ImportJobs jobs,
            FeedReader reader,
            AuditLog audit,
            DirectoryConfig config,
            Clock clock) {
        this.services = services;
        this.jobs = jobs;
        this.reader = reader;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** Creates the job row; run it with {@link #runText} or {@link #runUrl}. */
    public UUID start(String source, String actor) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(new ImportJob(id, source, actor, clock.instant())));
        return id;
    }

    public ImportJob importText(String source, String text, String actor) {
        UUID job = start(source, actor);
        runText(job, text);
        return job(job);
    }

    public ImportJob importUrl(String url, String actor) {
        UUID job = start(url, actor);
        runUrl(job, url);
        return job(job);
    }

    public void runText(UUID job, String text) {
        run(job, sink -> sink.accept(reader.read(text)));
    }

    public void runUrl(UUID job, String url) {
        run(job, sink -> {
            URI uri;
            try {
                uri = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                throw new FeedReader.UnreadableFeed("That is not a web address.");
            }
            reader.read(uri, sink);
        });
    }

    public ImportJob job(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.findById(id));
    }

    private void run(UUID jobId, Consumer<Consumer<List<JsonNode>>> feed) {
        String source = job(jobId).getSource();
        ListingStatus status =
                ListingStatus.valueOf(config.openReferral().importStatus().name());
        try {
            feed.accept(batch -> {
                List<ImportJob.Entry> entries = new ArrayList<>();
                for (JsonNode service : batch) {
                    entries.add(importOne(source, service, status));
                }
                QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).add(entries));
            });
            finish(jobId, null);
        } catch (FeedReader.UnreadableFeed e) {
            finish(jobId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Open Referral import %s failed", jobId);
            finish(jobId, "Something went wrong on our side. Reference: " + jobId);
        }
    }

    private ImportJob.Entry importOne(String source, JsonNode service, ListingStatus status) {
        try {
            return services.importService(source, service, status);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Open Referral import could not take a service from %s", source);
            return new ImportJob.Entry(
                    ServiceImport.text(service, "id"),
                    ServiceImport.text(service, "name"),
                    ImportJob.Outcome.SKIPPED,
                    "it could not be saved: " + e.getClass().getSimpleName());
        }
    }

    private void finish(UUID jobId, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(jobId);
            if (failure == null) {
                job.finish(clock.instant());
            } else {
                job.fail(failure, clock.instant());
            }
            audit.record(
                    job.getStartedBy(),
                    "open-referral-import",
                    "OpenReferralImport",
                    jobId,
                    null,
                    Map.of(
                            "source",
                            job.getSource(),
                            "status",
                            job.getStatus().name(),
                            "created",
                            job.getCreated(),
                            "updated",
                            job.getUpdated(),
                            "skipped",
                            job.getSkipped()),
                    failure);
        });
    }
}
