package org.healthdirectory.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.SecondInstance;
import org.healthdirectory.testing.SmtpSwitch;
import org.healthdirectory.testing.StaffSession;
import org.healthdirectory.testing.Together;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mail drills: the mail server is down when someone registers. Their email waits in the outbox,
 * the page tells them, the admins' mail page lists it, readiness stays up but says "degraded"; when
 * the server is back and an admin presses "Try again", the email arrives, once.
 *
 * <p>The shared GreenMail is never stopped: this app's SMTP port points at a {@link SmtpSwitch},
 * which refuses connections until it is switched on and then passes them through to GreenMail.
 */
@QuarkusTest
@TestProfile(MailOutageDrillTest.MailServerBehindASwitch.class)
class MailOutageDrillTest {

    public static class MailServerBehindASwitch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.port", String.valueOf(SmtpSwitch.PORT),
                    "directory.mail.retry-first-delay", "1s",
                    "directory.mail.retry-max-delay", "2s");
        }
    }

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private final SmtpSwitch smtp = new SmtpSwitch();

    @AfterEach
    void switchOff() throws IOException {
        smtp.close();
    }

    private Object[] outboxRow(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select status, attempts from mail_outbox where id = ?1")
                .setParameter(1, id)
                .getSingleResult());
    }

    @Test
    void mailWaitsThroughAnOutageIsShownToAdminsAndArrivesOnce() throws IOException {
        long started = System.nanoTime();
        String email = Providers.newEmail("drill");
        String activity = "Drill walk " + UUID.randomUUID().toString().substring(0, 6);

        // The mail server is down (nothing listens on the app's SMTP port) and someone registers.
        Together.Visitor visitor = Together.visitor("/register");
        var registered = Together.send(List.of(visitor.post("/register", shelter(email, activity))))
                .get(0);
        assertEquals(303, registered.statusCode());
        String checkEmail = registered.headers().firstValue("Location").orElseThrow();
        UUID receipt = UUID.fromString(checkEmail.substring(checkEmail.indexOf("mail=") + 5));

        // The sender tries, fails and keeps the email for later.
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) outboxRow(receipt)[1]).intValue() >= 1);
        assertEquals("WAITING", outboxRow(receipt)[0]);
        given().when()
                .get(checkEmail)
                .then()
                .statusCode(200)
                .body(containsString("Your email has not been sent yet"))
                .body(containsString("Send it again"));

        // Admins see it waiting; readiness stays up and says the mail is degraded.
        StaffSession admin = StaffSession.signIn("admin", "admin-demo");
        var mailPage = admin.get("/console/mail");
        assertEquals(200, mailPage.statusCode());
        assertTrue(mailPage.body().contains("Confirm your listing: " + activity), mailPage.body());
        assertTrue(mailPage.body().contains(email.charAt(0) + "•••@example.org"), "the address is masked");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> given().port(managementPort)
                        .get("/q/health/ready")
                        .asString()
                        .contains("degraded"));
        given().port(managementPort).get("/q/health/ready").then().statusCode(200);
        given().port(managementPort).get("/q/metrics").then().body(containsString("directory_mail_stuck"));
        assertEquals(0, Mailbox.messages(email).size());

        // The mail server is back; the admin tries again now rather than waiting for the next try.
        smtp.on();
        assertEquals(
                303, admin.post("/console/mail/" + receipt + "/retry", Map.of()).statusCode());

        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(outboxRow(receipt)[0]));
        assertEquals(1, Mailbox.messages(email).size(), "the email arrives exactly once");
        given().when().get(checkEmail).then().body(containsString("Your email has been sent."));
        assertTrue(
                Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60,
                "the drill must stay well under a minute");
    }

    /**
     * The same outage with a restart in it: someone registers on an instance while the mail server is
     * down, that instance is stopped as a deployment stops it and started again, and only then does the
     * mail server come back. The email, kept in PostgreSQL all along, arrives once. This app's own mail
     * server stays down throughout, so only the restarted instance can have sent it.
     */
    @Test
    void mailWaitingWhenTheAppRestartsArrivesOnceAfterIt() throws IOException {
        String email = Providers.newEmail("restart");
        String activity = "Restart walk " + UUID.randomUUID().toString().substring(0, 6);
        try (SmtpSwitch instanceSmtp = new SmtpSwitch(SmtpSwitch.freePort())) {
            Map<String, String> settings = Map.of(
                    "quarkus.mailer.port", String.valueOf(instanceSmtp.port()),
                    "directory.mail.retry-first-delay", "1s",
                    "directory.mail.retry-max-delay", "2s");
            String checkEmail;
            UUID receipt;
            try (SecondInstance first = SecondInstance.start("mail-restart-first", settings)) {
                var registered = Together.send(List.of(Together.visitor(first.baseUrl(), "/register")
                                .post("/register", shelter(email, activity))))
                        .get(0);
                assertEquals(303, registered.statusCode());
                URI location =
                        URI.create(registered.headers().firstValue("Location").orElseThrow());
                checkEmail = location.getRawPath() + "?" + location.getRawQuery();
                receipt = UUID.fromString(checkEmail.substring(checkEmail.indexOf("mail=") + 5));
                await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) outboxRow(receipt)[1]).intValue() >= 1);
                assertStoppedCleanly(first.stop());
            }

            // No instance can reach a mail server: the email waits, and admins can see it.
            assertEquals("WAITING", outboxRow(receipt)[0]);
            StaffSession admin = StaffSession.signIn("admin", "admin-demo");
            assertTrue(admin.get("/console/mail").body().contains("Confirm your listing: " + activity));
            assertEquals(0, Mailbox.messages(email).size());

            try (SecondInstance restarted = SecondInstance.start("mail-restart-second", settings)) {
                instanceSmtp.on();
                await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(outboxRow(receipt)[0]));
                assertEquals(1, Mailbox.messages(email).size(), "the email arrives exactly once");
                var page = Together.send(List.of(HttpRequest.newBuilder(URI.create(restarted.baseUrl() + checkEmail))
                                .build()))
                        .get(0);
                assertTrue(page.body().contains("Your email has been sent."), page.body());
                assertStoppedCleanly(restarted.stop());
            }
        }
    }

    /** A stop lets running work finish first: nothing fails after shutdown, the search agent leaves. */
    private static void assertStoppedCleanly(String log) {
        assertTrue(log.contains("stopped in"), log);
        assertFalse(log.contains("After Shutdown"), "a scheduled job ran after shutdown:\n" + log);
        assertFalse(log.contains("HSEARCH800035"), "the search agent did not leave cleanly:\n" + log);
    }

    private static Map<String, String> shelter(String email, String activity) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(
                "organisationName",
                "Drill Shelter " + UUID.randomUUID().toString().substring(0, 6));
        fields.put("activityName", activity);
        fields.put("description", "Walk a rescue dog on the fields behind the shelter.");
        fields.put("domains", "physical-activity");
        fields.put("where", "postcode");
        fields.put("postcode", "M18 8RN");
        fields.put("email", email);
        return fields;
    }
}
