package org.healthdirectory.signposting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.notification.OutgoingMail;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.RateLimiter;
import org.healthdirectory.web.RateLimiter.Budget;

/**
 * Sends a signposting sheet to a patient by email (through the mail outbox) or text message, within
 * hourly limits per IP address (a GP practice shares one) and per recipient (so nobody can flood one
 * person from several places). The address or number is not logged; an email's address and text are
 * kept in the outbox only until it is sent.
 */
@ApplicationScoped
public class SheetSender {

    enum Outcome {
        /** Email: queued, on its way. Text: sent. */
        SENT,
        NOT_SENT_OUTBOX,
        TOO_MANY,
        FAILED
    }

    private final RateLimiter limiter;
    private final MailOutbox outbox;
    private final TextMessages texts;
    private final DirectoryConfig.Signposting limits;

    SheetSender(RateLimiter limiter, MailOutbox outbox, TextMessages texts, DirectoryConfig config) {
        this.limiter = limiter;
        this.outbox = outbox;
        this.texts = texts;
        this.limits = config.signposting();
    }

    Outcome email(String to, SignpostingSheet sheet, String ip) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!limiter.allow(
                    Budget.ip("sheet-ip", ip, limits.sendsPerIpPerHour()),
                    Budget.address("sheet-to", to, limits.sendsPerRecipientPerHour()))) {
                return Outcome.TOO_MANY;
            }
            outbox.queuePrivate("signposting-sheet", new OutgoingMail(to, sheet.emailSubject(), sheet.emailText()));
            return Outcome.SENT;
        });
    }

    Outcome text(String mobile, SignpostingSheet sheet, String ip, UUID shortlistId) {
        boolean allowed = QuarkusTransaction.requiringNew()
                .call(() -> limiter.allow(
                        Budget.ip("sheet-ip", ip, limits.sendsPerIpPerHour()),
                        new Budget("sheet-to|" + mobile, limits.sendsPerRecipientPerHour())));
        if (!allowed) {
            return Outcome.TOO_MANY;
        }
        return switch (texts.send(mobile, sheet.textMessage(), shortlistId)) {
            case SENT -> Outcome.SENT;
            case NOT_SENT_OUTBOX -> Outcome.NOT_SENT_OUTBOX;
            case FAILED -> Outcome.FAILED;
        };
    }
}
