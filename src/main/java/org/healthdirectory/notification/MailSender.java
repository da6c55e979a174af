package org.healthdirectory.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends {@link OutgoingMail} after the transaction that asked for it has committed. Mail goes out in
 * the background, one email at a time: a page never waits for the mail server, and a job that sends
 * a hundred reminders does not open a hundred connections at once. A try that gets no answer within
 * {@link #WAIT} is given up and tried again on a new connection, up to {@link #TRIES} times.
 */
@ApplicationScoped
public class MailSender {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final int TRIES = 3;
    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final ReactiveMailer mailer;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "mail-sender");
        thread.setDaemon(true);
        return thread;
    });

    MailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        queue.submit(() -> deliver(mail));
    }

    private void deliver(OutgoingMail mail) {
        // Seen with the local SMTP server on a busy machine: a send can stall. A new try on a new
        // connection goes through; at worst the person gets the same email twice, never none.
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()))
                        .await()
                        .atMost(WAIT);
                return;
            } catch (RuntimeException e) {
                // The change is saved; the person can ask for the email again. Never log the address.
                LOG.warnf("Could not send the email '%s' (try %d of %d): %s", mail.subject(), attempt, TRIES, e);
            }
        }
    }

    /** Lets queued mail go out before the app stops. */
    @PreDestroy
    void finishQueuedMail() throws InterruptedException {
        queue.shutdown();
        if (!queue.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Stopped with email still waiting to be sent");
        }
    }
}
