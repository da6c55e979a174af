package org.healthdirectory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Holds a watched import after each batch it commits, until the test has looked at the job row from
 * its own thread and lets it carry on: progress is observed between batches, with no sleeping. Does
 * nothing for imports it does not watch.
 */
@ApplicationScoped
public class ImportBatches {

    /** Only a guard against a hung test, never a wait for something to happen. */
    private static final long GUARD_SECONDS = 120;

    private volatile UUID watched;
    private final BlockingQueue<Integer> committed = new LinkedBlockingQueue<>();
    private final Semaphore carryOn = new Semaphore(0);

    void watch(UUID job) {
        committed.clear();
        carryOn.drainPermits();
        watched = job;
    }

    void stopWatching() {
        watched = null;
        carryOn.release(1000);
    }

    void onBatch(@Observes ImportJob.Progress progress) {
        if (!progress.job().equals(watched)) {
            return;
        }
        committed.add(progress.done());
        try {
            if (!carryOn.tryAcquire(GUARD_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the import carry on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the watched import's next batch; the import waits too, until {@link #carryOn()}. Null if none came. */
    Integer nextBatch() throws InterruptedException {
        return committed.poll(GUARD_SECONDS, TimeUnit.SECONDS);
    }

    void carryOn() {
        carryOn.release();
    }
}
