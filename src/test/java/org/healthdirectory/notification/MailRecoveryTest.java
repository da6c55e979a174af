package org.healthdirectory.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.SmtpSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the mail server takes mail again, what failed during the outage goes at once: nobody waits out
 * the doubled retry delay (here ten minutes) for a link they asked for during the outage.
 */
@QuarkusTest
@TestProfile(MailRecoveryTest.SlowRetries.class)
class MailRecoveryTest {

    public static class SlowRetries implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of(
                    "quarkus.mailer.port", String.valueOf(SmtpSwitch.PORT),
                    "directory.mail.retry-first-delay", "10m",
                    "directory.mail.retry-max-delay", "1h");
        }
    }

    @Inject
    MailOutbox outbox;

    @Inject
    EntityManager entityManager;

    private final SmtpSwitch smtp = new SmtpSwitch();

    @AfterEach
    void switchOff() throws IOException {
        smtp.close();
    }

    private String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select status from mail_outbox where id = ?1")
                .setParameter(1, id)
                .getSingleResult());
    }

    private int attempts(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select attempts from mail_outbox where id = ?1")
                                .setParameter(1, id)
                                .getSingleResult())
                        .intValue());
    }

    private UUID queue(String to) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.queue("test", new OutgoingMail(to, "Your sign-in link", "Here it is.")));
    }

    @Test
    void mailThatFailedDuringAnOutageGoesAsSoonAsTheServerIsBack() throws IOException {
        List<String> waiting = List.of(Providers.newEmail("outage-a"), Providers.newEmail("outage-b"));
        List<UUID> ids = waiting.stream().map(this::queue).toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> attempts(id) >= 1));
        assertEquals(
                List.of("WAITING", "WAITING"), ids.stream().map(this::status).toList());

        // The server is back; the next email sent (someone else's) shows it, and the two waiting go too,
        // though their next try was ten minutes away.
        smtp.on();
        String later = Providers.newEmail("outage-later");
        queue(later);
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> "SENT".equals(status(id))));
        for (String to : waiting) {
            assertEquals(1, Mailbox.messages(to).size(), to);
        }
    }
}
