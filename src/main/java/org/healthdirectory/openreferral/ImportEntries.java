package org.healthdirectory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The line saying what happened to a service is written in the service's own transaction (table
 * open_referral_import_entry), so a killed import keeps exactly the services it finished; the job's
 * report takes the lines in a batch at a time, which keeps the job row's jsonb rewrites few.
 */
@ApplicationScoped
class ImportEntries {

    private final EntityManager em;

    ImportEntries(EntityManager em) {
        this.em = em;
    }

    /**
     * Call first in a service's transaction: true while the given instance still runs the job. It
     * holds the job row until the transaction ends, so the run cannot be interrupted (and resumed
     * elsewhere) half-way through a service.
     */
    boolean holdRun(UUID job, String runner) {
        return !em.createNativeQuery("select 1 from open_referral_import where id = ?1 and status = 'RUNNING'"
                        + " and runner = ?2 for share")
                .setParameter(1, job)
                .setParameter(2, runner)
                .getResultList()
                .isEmpty();
    }

    /** Call inside the service's transaction. */
    void record(UUID job, ImportJob.Entry entry) {
        em.createNativeQuery("insert into open_referral_import_entry (job_id, source_id, name, outcome, reason)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, job)
                .setParameter(2, entry.sourceId())
                .setParameter(3, entry.name())
                .setParameter(4, entry.outcome().name())
                .setParameter(5, entry.reason())
                .executeUpdate();
    }

    /** Call inside a transaction: moves the lines written since the last batch into the job's report, in order. */
    int moveIntoReport(ImportJob job) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, source_id, name, outcome, reason"
                        + " from open_referral_import_entry where job_id = ?1 order by id")
                .setParameter(1, job.getId())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<ImportJob.Entry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            entries.add(new ImportJob.Entry(
                    (String) row[1], (String) row[2], ImportJob.Outcome.valueOf((String) row[3]), (String) row[4]));
        }
        job.add(entries);
        long last = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        em.createNativeQuery("delete from open_referral_import_entry where job_id = ?1 and id <= ?2")
                .setParameter(1, job.getId())
                .setParameter(2, last)
                .executeUpdate();
        return entries.size();
    }
}
