package org.healthdirectory.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/** Sends {@link OutgoingMail} after the transaction that asked for it has committed. */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final Mailer mailer;

    MailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()));
        } catch (RuntimeException e) {
            // The change is saved; the person can ask for the email again. Never log the address.
            LOG.errorf(e, "Could not send the email '%s'", mail.subject());
        }
    }
}
