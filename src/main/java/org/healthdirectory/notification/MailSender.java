package org.healthdirectory.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Sends {@link OutgoingMail} after the transaction that asked for it has committed. Sending happens
 * in the background, so a slow mail server never holds up a page. A try that gets no answer within
 * {@link #WAIT} is given up and tried again on a new connection, up to {@link #TRIES} times.
 */
@ApplicationScoped
public class MailSender {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final int TRIES = 3;
    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final ReactiveMailer mailer;

    MailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        // Seen with the local SMTP server on a busy machine: a send can stall. A new try on a new
        // connection goes through; at worst the person gets the same email twice, never none.
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()))
                .ifNoItem().after(WAIT).fail()
                .onFailure().invoke(e -> LOG.warnf("Sending the email '%s' failed or stalled; trying again: %s",
                        mail.subject(), e.toString()))
                .onFailure().retry().withBackOff(Duration.ofSeconds(1)).atMost(TRIES - 1)
                // The change is saved; the person can ask for the email again. Never log the address.
                .subscribe().with(done -> { }, e -> LOG.errorf("Could not send the email '%s' after %d tries: %s",
                        mail.subject(), TRIES, e.toString()));
    }
}
