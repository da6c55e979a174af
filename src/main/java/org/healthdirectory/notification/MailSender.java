package org.healthdirectory.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Sends {@link OutgoingMail} after the transaction that asked for it has committed, one at a time,
 * waiting at most {@link #WAIT} a try for the mail server so a slow server never holds a page for long.
 */
@ApplicationScoped
public class MailSender {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final ReactiveMailer mailer;

    MailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        // Seen with the local SMTP server: the first send after start-up can stall. A second try on a
        // new connection goes through; at worst the person gets the same email twice, never none.
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text())).await().atMost(WAIT);
                return;
            } catch (RuntimeException e) {
                // The change is saved; the person can ask for the email again. Never log the address.
                LOG.errorf(e, "Could not send the email '%s' within %s (attempt %d of 2)", mail.subject(), WAIT, attempt);
            }
        }
    }
}
