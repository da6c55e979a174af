package org.healthdirectory.signposting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.language.PageWords;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.logging.Logger;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Text messages through GOV.UK Notify. Without an API key (local and test set-ups) nothing is sent:
 * the message goes to an outbox that the sender can see, with only the last 3 digits of the number.
 */
@ApplicationScoped
public class TextMessages {

    enum Result {
        SENT,
        NOT_SENT_OUTBOX,
        FAILED
    }

    public record OutboxMessage(String when, String to, String body) {}

    private static final Logger LOG = Logger.getLogger(TextMessages.class);

    private final DirectoryConfig config;
    private final EntityManager entityManager;
    private final Clock clock;
    private final PageWords words;

    TextMessages(DirectoryConfig config, EntityManager entityManager, Clock clock, PageWords words) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
        this.words = words;
    }

    /** Sends now, outside any transaction: Notify is a slow network call. */
    Result send(String mobile, String body, UUID shortlistId) {
        if (config.govukNotify().apiKey().isEmpty()
                || config.govukNotify().smsTemplateId().isEmpty()) {
            keepInOutbox(PatientContact.masked(mobile), body, shortlistId);
            return Result.NOT_SENT_OUTBOX;
        }
        try {
            new NotificationClient(config.govukNotify().apiKey().get())
                    .sendSms(config.govukNotify().smsTemplateId().get(), mobile, Map.of("message", body), null);
            return Result.SENT;
        } catch (NotificationClientException e) {
            // Never log the number, nor the exception text, which can repeat it.
            LOG.errorf("GOV.UK Notify refused a signposting text (HTTP %d)", e.getHttpResult());
            return Result.FAILED;
        }
    }

    @Transactional
    void keepInOutbox(String maskedTo, String body, UUID shortlistId) {
        entityManager
                .createNativeQuery("""
                insert into text_outbox (id, shortlist_id, created_at, masked_to, body) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, shortlistId)
                .setParameter(3, clock.instant())
                .setParameter(4, maskedTo)
                .setParameter(5, body)
                .executeUpdate();
    }

    /** The unsent texts of one shortlist, newest first, each with when it was kept (UK time, in the reader's language). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> outbox(UUID shortlistId) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select created_at, masked_to, body from text_outbox where shortlist_id = ?1 order by created_at desc""", Object[].class)
                .setParameter(1, shortlistId)
                .getResultList();
        return rows.stream().map(this::outboxMessage).toList();
    }

    private OutboxMessage outboxMessage(Object[] row) {
        LocalDateTime kept = LocalDateTime.ofInstant((Instant) row[0], UkTime.ZONE);
        return new OutboxMessage(words.dateAndTime(kept), (String) row[1], (String) row[2]);
    }
}
