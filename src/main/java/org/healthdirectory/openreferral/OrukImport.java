package org.healthdirectory.openreferral;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.net.URI;
import java.time.Clock;
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
 * Runs an import of an ORUK feed as a job: each service goes in its own transaction together with
 * the line saying what happened to it, the job row's counts and report grow a batch at a time (so the
 * admin's page shows progress, and a killed run keeps what it did), and the finished run is audited.
 * A run cut off by a restart is resumed where it got to: services it dealt with are skipped, and the
 * rest are idempotent by their source id anyway. A Progress event follows each batch.
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
    private final ImportEntries entries;
    private final Event<ImportJob.Progress> progress;
    private final Clock clock;

    OrukImport(
            ServiceImport services,
            ImportJobs jobs,
            FeedReader reader,
            AuditLog audit,
            DirectoryConfig config,
            ImportLiveness liveness,
            ImportEntries entries,
            Event<ImportJob.Progress> progress,
            Clock clock) {
        this.services = services;
        this.jobs = jobs;
        this.reader = reader;
        this.audit = audit;
        this.config = config;
        this.liveness = liveness;
        this.entries = entries;
        this.progress = progress;
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
        String runner = liveness.instance();
        int batchSize = Math.max(1, config.openReferral().importBatch());
        ListingStatus status =
                ListingStatus.valueOf(config.openReferral().importStatus().name());
        try {
            // A resumed run first takes in the lines its killed predecessor wrote after its last batch.
            ImportJob start = commitBatch(jobId, runner);
            String source = start.getSource();
            Set<String> handled = start.handledSourceIds();
            feed.accept(services -> {
                for (int from = 0; from < services.size(); from += batchSize) {
                    for (JsonNode service : services.subList(from, Math.min(services.size(), from + batchSize))) {
                        if (!handled.contains(ServiceImport.text(service, "id"))) {
                            importOne(jobId, runner, source, service, status);
                        }
                    }
                    ImportJob done = commitBatch(jobId, runner);
                    progress.fire(new ImportJob.Progress(jobId, done.getDone()));
                }
            });
            finish(jobId, null);
        } catch (ImportJob.RunTakenAway e) {
            LOG.infof("Open Referral import %s stopped here: it was interrupted", jobId);
        } catch (FeedReader.UnreadableFeed e) {
            finish(jobId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Open Referral import %s failed", jobId);
            finish(jobId, "Something went wrong on our side. Reference: " + jobId);
        }
    }

    /** Moves the services dealt with since the last batch into the job's counts and report, and commits. */
    private ImportJob commitBatch(UUID jobId, String runner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob current = jobs.findById(jobId);
            if (!current.isRunBy(runner)) {
                throw new ImportJob.RunTakenAway();
            }
            entries.moveIntoReport(current);
            return current;
        });
    }

    private void importOne(UUID jobId, String runner, String source, JsonNode service, ListingStatus status) {
        try {
            services.importService(jobId, runner, source, service, status);
        } catch (ImportJob.RunTakenAway e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Open Referral import could not take a service from %s", source);
            ImportJob.Entry skipped = new ImportJob.Entry(
                    ServiceImport.text(service, "id"),
                    ServiceImport.text(service, "name"),
                    ImportJob.Outcome.SKIPPED,
                    "it could not be saved: " + e.getClass().getSimpleName());
            QuarkusTransaction.requiringNew().run(() -> {
                if (!entries.holdRun(jobId, runner)) {
                    throw new ImportJob.RunTakenAway();
                }
                entries.record(jobId, skipped);
            });
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
