package org.healthdirectory.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.logging.Logger;

/**
 * Sends what is waiting in the {@link MailOutbox}, one email per transaction: it claims the oldest due
 * row with {@code for update skip locked} (so another app instance skips it rather than sending it
 * too), sends it, and marks it sent before the lock is released. A failed send is tried again later,
 * waiting twice as long each time (from {@code retry-first-delay} up to {@code retry-max-delay}),
 * until {@code give-up-after}; then it waits for an admin on the console's mail page.
 *
 * <p>The only way to get an email twice is a crash between the mail server accepting it and the
 * commit, which no sender can rule out; the way to get none is to be given up on, which is shown.
 */
@ApplicationScoped
public class MailDelivery {

    /** How long one send may take before it counts as failed. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    private enum Attempt {
        SENT,
        FAILED,
        NOTHING_DUE
    }

    private record Due(
            UUID id, String to, String subject, String body, boolean privateMessage, int attempts, Instant giveUpAt) {}

    private final EntityManager entityManager;
    private final ReactiveMailer mailer;
    private final MailBacklog backlog;
    private final DirectoryConfig.Mail settings;
    private final Clock clock;

    MailDelivery(
            EntityManager entityManager,
            ReactiveMailer mailer,
            MailBacklog backlog,
            DirectoryConfig config,
            Clock clock) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.backlog = backlog;
        this.settings = config.mail();
        this.clock = clock;
    }

    /**
     * Sends what is due. Stops at the first failure: the mail server is probably down, and the rest
     * can wait for the next run rather than each waiting for a timeout now.
     */
    @Scheduled(
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            identity = "mail-delivery",
            every = "${directory.mail.delivery-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        for (int i = 0; i < BATCH; i++) {
            Attempt attempt = QuarkusTransaction.requiringNew().timeout(120).call(this::deliverNext);
            if (attempt != Attempt.SENT) {
                break;
            }
        }
        backlog.refresh();
    }

    private Attempt deliverNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select id, recipient, subject, body, private_message, attempts, give_up_at from mail_outbox
                where status = 'WAITING' and next_attempt_at <= ?1
                order by next_attempt_at limit 1 for update skip locked""")
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        if (rows.isEmpty()) {
            return Attempt.NOTHING_DUE;
        }
        Object[] row = rows.get(0);
        Due due = new Due(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (Boolean) row[4],
                ((Number) row[5]).intValue(),
                MailOutbox.instant(row[6]));
        try {
            mailer.send(Mail.withText(due.to(), due.subject(), due.body()))
                    .await()
                    .atMost(WAIT);
        } catch (RuntimeException e) {
            failed(due, e, now);
            return Attempt.FAILED;
        }
        entityManager
                .createNativeQuery("""
                update mail_outbox set status = 'SENT', sent_at = ?1, attempts = attempts + 1, last_error = null,
                    recipient = case when private_message then null else recipient end,
                    body = case when private_message then null else body end
                where id = ?2""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, due.id())
                .executeUpdate();
        // The mail server takes mail again: what failed during the outage goes now, not after its
        // doubled wait (after a 10-minute outage that wait can be another 8 minutes).
        entityManager
                .createNativeQuery("""
                update mail_outbox set next_attempt_at = ?1
                where status = 'WAITING' and attempts > 0 and next_attempt_at > ?1""")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
        return Attempt.SENT;
    }

    private void failed(Due due, RuntimeException e, Instant now) {
        int attempts = due.attempts() + 1;
        boolean giveUp = !now.isBefore(due.giveUpAt());
        // Mail server messages can quote the address: never store or log it.
        String error = String.valueOf(e).replace(due.to(), "<recipient>");
        error = error.length() > 500 ? error.substring(0, 500) : error;
        entityManager
                .createNativeQuery("""
                update mail_outbox set attempts = ?1, next_attempt_at = ?2, last_error = ?3,
                    status = case when ?4 then 'FAILED' else 'WAITING' end,
                    recipient = case when ?4 and private_message then null else recipient end,
                    body = case when ?4 and private_message then null else body end
                where id = ?5""")
                .setParameter(1, attempts)
                .setParameter(2, Timestamp.from(now.plus(delayAfter(attempts))))
                .setParameter(3, error)
                .setParameter(4, giveUp)
                .setParameter(5, due.id())
                .executeUpdate();
        LOG.warnf(
                "Could not send the email '%s' (try %d%s): %s",
                due.subject(), attempts, giveUp ? ", given up: see /console/mail" : ", will try again", error);
    }

    /** Twice as long after each failed try, from the first delay up to the longest. */
    Duration delayAfter(int attempts) {
        Duration delay = settings.retryFirstDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(settings.retryMaxDelay()) > 0 ? settings.retryMaxDelay() : delay;
    }

    /** Sent mail is kept a week (for "was it sent?"), mail given up on for a month. */
    @Scheduled(skipExecutionIf = Scheduled.ApplicationNotRunning.class, every = "6h", delayed = "15m")
    void forgetOldMail() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                delete from mail_outbox where (status = 'SENT' and sent_at < ?1) or (status = 'FAILED' and created_at < ?2)""")
                        .setParameter(1, Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
                        .setParameter(2, Timestamp.from(clock.instant().minus(Duration.ofDays(30))))
                        .executeUpdate());
    }
}
