package org.healthdirectory.openreferral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Import runs. Changes of who runs a job are single conditional updates, so two instances (or two
 * admins pressing "Resume" together) can never both run one import.
 */
@ApplicationScoped
public class ImportJobs implements PanacheRepositoryBase<ImportJob, UUID> {

    public List<ImportJob> latest(int count) {
        return find("order by startedAt desc").page(0, count).list();
    }

    /** The running instance says it is still at its imports. */
    int beat(String runner, Instant now) {
        return update("heartbeatAt = ?1 where status = ?2 and runner = ?3", now, ImportJob.Status.RUNNING, runner);
    }

    /** Runs whose instance has not been heard from since the cut-off (killed, or stopped) are interrupted. */
    int interruptSilentSince(Instant cutOff, Instant now) {
        return update(
                "status = ?1, finishedAt = ?2 where status = ?3 and (heartbeatAt is null or heartbeatAt < ?4)",
                ImportJob.Status.INTERRUPTED,
                now,
                ImportJob.Status.RUNNING,
                cutOff);
    }

    /** This instance is stopping: its runs are interrupted now, not when their heartbeat runs out. */
    int interruptRunsOf(String runner, Instant now) {
        return update(
                "status = ?1, finishedAt = ?2 where status = ?3 and runner = ?4",
                ImportJob.Status.INTERRUPTED,
                now,
                ImportJob.Status.RUNNING,
                runner);
    }

    /** Takes an interrupted run over; false when it is not interrupted any more (someone resumed it first). */
    boolean resume(UUID id, String runner, Instant now) {
        return update(
                        "status = ?1, runner = ?2, heartbeatAt = ?3, finishedAt = null where id = ?4 and status = ?5",
                        ImportJob.Status.RUNNING,
                        runner,
                        now,
                        id,
                        ImportJob.Status.INTERRUPTED)
                == 1;
    }
}
