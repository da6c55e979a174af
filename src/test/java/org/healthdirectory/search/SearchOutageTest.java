package org.healthdirectory.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.LocalStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Stops the real OpenSearch, publishes a listing, and checks that nothing is lost: the listing is
 * saved, and it becomes searchable once OpenSearch is back, even after Hibernate Search gave up.
 * Meanwhile the app stays ready (search "degraded"), so a load balancer keeps sending it visitors.
 */
@QuarkusTest
class SearchOutageTest {

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    IndexingRecovery recovery;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @AfterEach
    void searchIsBack() throws Exception {
        stack("up", "opensearch");
    }

    @Test
    void aWriteDuringASearchOutageIsNeverLost() throws Exception {
        // A second test slot shares this OpenSearch with another run: stopping it would break that run.
        Assumptions.assumeFalse(LocalStack.isSideSlot());
        fixtures.awaitIndexed();
        stack("down", "opensearch");

        String word =
                "zumbaoutage" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        UUID id = fixtures.draft(word);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        assertEquals(
                ListingStatus.PUBLISHED,
                QuarkusTransaction.requiringNew()
                        .call(() -> listings.findById(id).getStatus()),
                "the change is saved while search is down");

        // The app stays in the load balancer: search is reported as degraded, the rest still works.
        given().port(managementPort)
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'OpenSearch' }.data.state", equalTo("degraded"));

        // Hibernate Search tries three times, then gives up on the event (kept as ABORTED).
        await().atMost(Duration.ofSeconds(60)).until(() -> abortedEvents() > 0);

        stack("up", "opensearch");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> recovery.requeueAborted()) >= 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.searchHits(word) == 1);
        assertEquals(0, abortedEvents());
    }

    private long abortedEvents() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from hsearch_outbox_event where status = 'ABORTED'")
                                .getSingleResult())
                        .longValue());
    }

    private static void stack(String command, String service) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("stack.script.path", "deploy/local/stack.sh"));
        Process process = new ProcessBuilder("bash", script.toString(), command, service)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/stack-outage-test.log")))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(
                    "stack.sh " + command + " " + service + " failed; see target/stack-outage-test.log");
        }
    }
}
