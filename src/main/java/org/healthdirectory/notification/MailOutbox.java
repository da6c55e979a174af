package org.healthdirectory.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.web.DirectoryConfig;

/**
 * Mail waiting to be sent, in PostgreSQL. Services queue an email in the same transaction as the
 * change that causes it: if the change rolls back, so does the email, and once it commits the email
 * survives restarts and mail server outages until {@link MailDelivery} has sent it.
 */
@ApplicationScoped
public class MailOutbox {

    /** Where one email has got to, for the "check your email" pages. */
    public enum State {
        /** Waiting for its first try. */
        SENDING,
        /** Tried and failed; it will be tried again. */
        RETRYING,
        SENT,
        /** Given up on: an admin can try again from the console. */
        FAILED,
        /** No such email (or forgotten): pages say only what is always true. */
        UNKNOWN
    }

    /** An email that has not gone yet, for the admins' console page. */
    public record Stuck(
            UUID id,
            String purpose,
            String maskedTo,
            String subject,
            Instant createdAt,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            boolean failed,
            boolean canRetry) {}

    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final DirectoryConfig config;
    private final Clock clock;

    MailOutbox(EntityManager entityManager, AuditLog auditLog, DirectoryConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.config = config;
        this.clock = clock;
    }

    /** Queues an email in the caller's transaction; returns its id (a receipt for pages). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(String purpose, OutgoingMail mail) {
        return insert(purpose, mail, false);
    }

    /**
     * Queues an email whose address and text must not be kept (a patient's signposting sheet): both
     * are wiped as soon as it is sent, or when it is given up on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queuePrivate(String purpose, OutgoingMail mail) {
        return insert(purpose, mail, true);
    }

    /** Queues the same email again ("Send it again"); empty if it is unknown, private or forgotten. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> queueCopy(UUID id) {
        return copyOf(id).map(copy -> insert(copy.purpose(), copy.mail(), false));
    }

    /** Who an email is to, for limits on sending it again; empty if unknown or private. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> recipientOf(UUID id) {
        return copyOf(id).map(copy -> copy.mail().to());
    }

    @Transactional
    public State state(UUID id) {
        if (id == null) {
            return State.UNKNOWN;
        }
        List<?> rows = entityManager
                .createNativeQuery("select status, attempts from mail_outbox where id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return State.UNKNOWN;
        }
        Object[] row = (Object[]) rows.get(0);
        return switch ((String) row[0]) {
            case "SENT" -> State.SENT;
            case "FAILED" -> State.FAILED;
            default -> ((Number) row[1]).intValue() == 0 ? State.SENDING : State.RETRYING;
        };
    }

    /** Mail given up on, tried and failed, or waiting longer than a few minutes: oldest first. */
    @Transactional
    public List<Stuck> stuck(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select id, purpose, recipient, subject, created_at, attempts, next_attempt_at, last_error, status
                from mail_outbox
                where status = 'FAILED' or (status = 'WAITING' and (attempts > 0 or created_at < ?1))
                order by created_at limit ?2""")
                .setParameter(1, Timestamp.from(clock.instant().minus(MailBacklog.SLOW)))
                .setParameter(2, max)
                .getResultList();
        return rows.stream()
                .map(row -> new Stuck(
                        (UUID) row[0],
                        (String) row[1],
                        mask((String) row[2]),
                        (String) row[3],
                        instant(row[4]),
                        ((Number) row[5]).intValue(),
                        instant(row[6]),
                        (String) row[7],
                        "FAILED".equals(row[8]),
                        row[2] != null))
                .toList();
    }

    /** Tries an email again now, with a fresh give-up time. False if it was sent or cannot be sent. */
    @Transactional
    public boolean retry(UUID id, String admin) {
        Instant now = clock.instant();
        boolean queued = entityManager
                        .createNativeQuery("""
                update mail_outbox set status = 'WAITING', next_attempt_at = ?1, give_up_at = ?2
                where id = ?3 and status in ('WAITING', 'FAILED') and recipient is not null""")
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, Timestamp.from(now.plus(config.mail().giveUpAfter())))
                        .setParameter(3, id)
                        .executeUpdate()
                == 1;
        if (queued) {
            auditLog.record(admin, "mail.retried", "Mail", id, null, null, null);
        }
        return queued;
    }

    /** Tries every unsent email again now; returns how many. */
    @Transactional
    public int retryAll(String admin) {
        Instant now = clock.instant();
        int queued = entityManager
                .createNativeQuery("""
                update mail_outbox set status = 'WAITING', next_attempt_at = ?1, give_up_at = ?2
                where status in ('WAITING', 'FAILED') and recipient is not null""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now.plus(config.mail().giveUpAfter())))
                .executeUpdate();
        if (queued > 0) {
            auditLog.record(admin, "mail.retried-all", "Mail", null, null, java.util.Map.of("emails", queued), null);
        }
        return queued;
    }

    private UUID insert(String purpose, OutgoingMail mail, boolean privateMessage) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        entityManager
                .createNativeQuery("""
                insert into mail_outbox (id, created_at, purpose, recipient, subject, body, private_message,
                                         status, attempts, next_attempt_at, give_up_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'WAITING', 0, ?2, ?8)""")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, purpose)
                .setParameter(4, mail.to())
                .setParameter(5, mail.subject())
                .setParameter(6, mail.text())
                .setParameter(7, privateMessage)
                .setParameter(8, Timestamp.from(now.plus(config.mail().giveUpAfter())))
                .executeUpdate();
        return id;
    }

    private record Queued(String purpose, OutgoingMail mail) {}

    /** A non-private email that still has its address. */
    private Optional<Queued> copyOf(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        List<?> rows = entityManager.createNativeQuery("""
                select purpose, recipient, subject, body from mail_outbox
                where id = ?1 and not private_message and recipient is not null""").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Queued((String) row[0], new OutgoingMail((String) row[1], (String) row[2], (String) row[3]));
        });
    }

    /** "p•••@example.org": enough for an admin to tell emails apart, not to read the address. */
    static String mask(String address) {
        if (address == null) {
            return "(not kept)";
        }
        int at = address.lastIndexOf('@');
        return at <= 0 ? "•••" : address.charAt(0) + "•••" + address.substring(at);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t
                ? t.toInstant()
                : value instanceof Instant i ? i : ((OffsetDateTime) value).toInstant();
    }
}
