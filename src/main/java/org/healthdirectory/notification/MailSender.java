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
 * waiting at most {@link #WAIT} for the mail server so a slow server never holds a page for long.
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
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text())).await().atMost(WAIT);
        } catch (RuntimeException e) {
            // The change is saved; the person can ask for the email again. Never log the address.
            LOG.errorf(e, "Could not send the email '%s' within %s", mail.subject(), WAIT);
        }
    }
}
