package org.healthdirectory.openreferral;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.logging.Logger;

/**
 * Runs an import of an ORUK feed as a job: the job row's counts grow batch by batch (so a page can
 * show progress), each service goes in its own transaction, and the finished run is audited. A run
 * cut off by a restart is resumed where it got to: services already in its report are skipped, and
 * the rest are idempotent by their source id anyway.
 */
@ApplicationScoped
public class OrukImport {

    private static final Logger LOG = Logger.getLogger(OrukImport.class);

    private final ServiceImport services;
    private final ImportJobs jobs;
    private final FeedReader reader;
    private final AuditLog audit;
    private final DirectoryConfig config;
    private final ImportLiveness liveness;
    private final Clock clock;

    OrukImport(
            ServiceImport services,
            ImportJobs jobs,
            FeedReader reader,
            AuditLog audit,
            DirectoryConfig config,
            ImportLiveness liveness,
            Clock clock) {
        this.services = services;
        this.jobs = jobs;
        this.reader = reader;
        this.audit = audit;
        this.config = config;
        this.liveness = liveness;
        this.clock = clock;
    }

    /** Creates the job row for a feed at a web address; run it with {@link #runUrl}. */
    public UUID start(String url, String actor) {
        return create(url, actor, null);
    }

    /** Creates the job row for an uploaded file, keeping its text until the run ends; run it with {@link #runText}. */
    public UUID startFile(String source, String text, String actor) {
        return create(source, actor, text);
    }

    private UUID create(String source, String actor, String feedText) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() ->
                        jobs.persist(new ImportJob(id, source, actor, feedText, liveness.instance(), clock.instant())));
        return id;
    }

    public ImportJob importText(String source, String text, String actor) {
        UUID job = startFile(source, text, actor);
        runText(job, text);
        return job(job);
    }

    /**
     * Takes over an interrupted run for this instance; false when it is not interrupted any more
     * (someone resumed it first). Then carry on with {@link #carryOn}.
     */
    public boolean resume(UUID job) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.resume(job, liveness.instance(), clock.instant()));
    }

    /** Carries on a resumed run: the same file or web address, skipping the services it has done. */
    public void carryOn(UUID job) {
        String text = QuarkusTransaction.requiringNew()
                .call(() ->
                        jobs.findByIdOptional(job).map(ImportJob::getFeedText).orElse(null));
        if (text != null) {
            runText(job, text);
        } else {
            runUrl(job, job(job).getSource());
        }
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

    /** The latest imports, newest first, for the import page. */
    public List<ImportJob> recent(int count) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.latest(count));
    }

    private void run(UUID jobId, Consumer<Consumer<List<JsonNode>>> feed) {
        ImportJob job = job(jobId);
        String source = job.getSource();
        Set<String> handled = job.handledSourceIds();
        ListingStatus status =
                ListingStatus.valueOf(config.openReferral().importStatus().name());
        try {
            feed.accept(batch -> {
                List<ImportJob.Entry> entries = new ArrayList<>();
                for (JsonNode service : batch) {
                    if (!handled.contains(ServiceImport.text(service, "id"))) {
                        entries.add(importOne(source, service, status));
                    }
                }
                QuarkusTransaction.requiringNew().run(() -> {
                    ImportJob current = jobs.findById(jobId);
                    if (!current.isRunBy(liveness.instance())) {
                        throw new RunTakenAway();
                    }
                    current.add(entries);
                });
            });
            finish(jobId, null);
        } catch (RunTakenAway e) {
            LOG.infof("Open Referral import %s stopped here: it was interrupted", jobId);
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

    /** The run was marked interrupted (this instance is stopping, or was silent too long). */
    private static final class RunTakenAway extends RuntimeException {
        RunTakenAway() {
            super(null, null, false, false);
        }
    }

    private void finish(UUID jobId, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(jobId);
            if (!job.isRunBy(liveness.instance())) {
                return;
            }
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
