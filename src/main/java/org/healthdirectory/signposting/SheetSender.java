package org.healthdirectory.signposting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.UUID;
import org.healthdirectory.notification.OutgoingMail;

/**
 * Sends a signposting sheet to a patient by email (real SMTP, after commit) or text message. The
 * address or number is passed straight through: nothing here stores or logs it.
 */
@ApplicationScoped
public class SheetSender {

    enum Outcome {
        SENT,
        NOT_SENT_OUTBOX,
        TOO_MANY,
        FAILED
    }

    private final SendLimit limit;
    private final Event<OutgoingMail> mail;
    private final TextMessages texts;

    SheetSender(SendLimit limit, Event<OutgoingMail> mail, TextMessages texts) {
        this.limit = limit;
        this.mail = mail;
        this.texts = texts;
    }

    Outcome email(String to, SignpostingSheet sheet, String ip) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!limit.allow(SendLimit.Channel.EMAIL, ip)) {
                return Outcome.TOO_MANY;
            }
            // MailSender sends after commit and logs only the subject on failure.
            mail.fire(new OutgoingMail(to, sheet.emailSubject(), sheet.emailText()));
            return Outcome.SENT;
        });
    }

    Outcome text(String mobile, SignpostingSheet sheet, String ip, UUID shortlistId) {
        boolean allowed = QuarkusTransaction.requiringNew().call(() -> limit.allow(SendLimit.Channel.TEXT, ip));
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
