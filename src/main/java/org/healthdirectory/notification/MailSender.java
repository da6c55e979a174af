package org.healthdirectory.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Sends {@link OutgoingMail} after the transaction that asked for it has committed, without making
 * the person wait for the mail server: the page answers at once and the email follows.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final ReactiveMailer mailer;

    MailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text())).subscribe().with(
                sent -> { },
                // The change is saved; the person can ask for the email again. Never log the address.
                failure -> LOG.errorf(failure, "Could not send the email '%s'", mail.subject()));
    }
}
