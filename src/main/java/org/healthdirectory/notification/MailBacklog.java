package org.healthdirectory.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much mail is waiting, counted by the sender after each run, as metrics (directory_mail_backlog,
 * directory_mail_stuck, directory_mail_failed) and for the readiness check ({@link MailHealthCheck}).
 */
@ApplicationScoped
public class MailBacklog {

    /** Mail waiting longer than this counts as stuck. */
    static final Duration SLOW = Duration.ofMinutes(5);

    private final EntityManager entityManager;
    private final Clock clock;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong stuck = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    MailBacklog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void registerMetrics(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("directory.mail.backlog", waiting, AtomicLong::get)
                .description("Emails waiting in the outbox to be sent")
                .register(registry);
        Gauge.builder("directory.mail.stuck", stuck, AtomicLong::get)
                .description("Emails tried and failed, or waiting more than 5 minutes")
                .register(registry);
        Gauge.builder("directory.mail.failed", failed, AtomicLong::get)
                .description("Emails given up on, waiting for an admin")
                .register(registry);
        refresh();
    }

    /** Counts again from the database (called by the sender after each run). */
    void refresh() {
        Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("""
                select count(*) filter (where status = 'WAITING'),
                       count(*) filter (where status = 'WAITING' and (attempts > 0 or created_at < ?1)),
                       count(*) filter (where status = 'FAILED')
                from mail_outbox where status <> 'SENT'""")
                .setParameter(1, Timestamp.from(clock.instant().minus(SLOW)))
                .getSingleResult());
        waiting.set(((Number) counts[0]).longValue());
        stuck.set(((Number) counts[1]).longValue());
        failed.set(((Number) counts[2]).longValue());
    }

    /** Mail has failed or waited too long: worth a look, though nothing is lost. */
    boolean degraded() {
        return stuck.get() > 0 || failed.get() > 0;
    }

    long waiting() {
        return waiting.get();
    }

    long stuck() {
        return stuck.get();
    }

    long failed() {
        return failed.get();
    }
}
