package org.healthdirectory.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.web.DirectoryConfig;
import org.junit.jupiter.api.Test;

/** Each queued email is sent once, even with three senders (as three app instances) at work at once. */
@QuarkusTest
class MailDeliveryTest {

    @Inject
    MailOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    ReactiveMailer mailer;

    @Inject
    MailBacklog backlog;

    @Inject
    DirectoryConfig config;

    @Inject
    Clock clock;

    /** A sender as another app instance would have: its own object, the same database. */
    private MailDelivery anotherInstance() {
        return new MailDelivery(entityManager, mailer, backlog, config, clock);
    }

    @Test
    void threeSendersSendEachEmailOnce() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            addresses.add(Providers.newEmail("once-" + i));
        }
        List<UUID> ids = QuarkusTransaction.requiringNew()
                .call(() -> addresses.stream()
                        .map(to -> outbox.queue("test", new OutgoingMail(to, "Sent once", "Hello, once.")))
                        .toList());

        // The app's own sender runs on its schedule; two more instances work the same outbox at once.
        var second = CompletableFuture.runAsync(() -> anotherInstance().deliverDue());
        var third = CompletableFuture.runAsync(() -> anotherInstance().deliverDue());
        second.join();
        third.join();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> ids.stream().allMatch(id -> outbox.state(id) == MailOutbox.State.SENT));
        for (String address : addresses) {
            assertEquals(1, Mailbox.messages(address).size(), address);
        }
    }

    @Test
    void anEmailQueuedInATransactionThatRollsBackIsNeverSent() {
        String to = Providers.newEmail("rolled-back");
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.queue("test", new OutgoingMail(to, "Never", "This change was not saved."));
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the whole transaction, email included, is rolled back
        }
        long queued = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from mail_outbox where recipient = ?1")
                                .setParameter(1, to)
                                .getSingleResult())
                        .longValue());
        assertEquals(0, queued);
    }
}
