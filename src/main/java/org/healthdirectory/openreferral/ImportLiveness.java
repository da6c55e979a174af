package org.healthdirectory.openreferral;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An import runs in one app instance's background thread, so it dies with the instance. Each
 * instance beats for its own runs; a run not heard from for a while (its instance was killed) is
 * marked interrupted by whichever instance looks next, and a stopping instance marks its own runs at
 * once. An admin can then resume the run from the console.
 */
@ApplicationScoped
public class ImportLiveness {

    private static final Logger LOG = Logger.getLogger(ImportLiveness.class);
    /** Several missed heartbeats: long enough for a busy database, short enough for an admin waiting. */
    static final Duration SILENCE = Duration.ofSeconds(90);

    private final String instance = UUID.randomUUID().toString();
    private final ImportJobs jobs;
    private final Clock clock;

    ImportLiveness(ImportJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** This app instance, as named in the runs it starts. */
    public String instance() {
        return instance;
    }

    void onStart(@Observes StartupEvent event) {
        interruptSilentRuns();
    }

    @Scheduled(
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            every = "15s",
            delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beatAndLook() {
        QuarkusTransaction.requiringNew().run(() -> jobs.beat(instance, clock.instant()));
        interruptSilentRuns();
    }

    /** Returns how many runs were marked interrupted. */
    public int interruptSilentRuns() {
        int interrupted = QuarkusTransaction.requiringNew()
                .call(() -> jobs.interruptSilentSince(clock.instant().minus(SILENCE), clock.instant()));
        if (interrupted > 0) {
            LOG.warnf("Marked %d Open Referral imports as interrupted: their app instance stopped", interrupted);
        }
        return interrupted;
    }

    void onStop(@Observes ShutdownEvent event) {
        int interrupted = QuarkusTransaction.requiringNew().call(() -> jobs.interruptRunsOf(instance, clock.instant()));
        if (interrupted > 0) {
            LOG.infof("Stopping: %d Open Referral imports marked interrupted, to be resumed", interrupted);
        }
    }
}
