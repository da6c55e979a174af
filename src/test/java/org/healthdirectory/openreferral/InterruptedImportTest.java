package org.healthdirectory.openreferral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An import whose app instance was killed part-way (kill -9: no goodbye, its heartbeat just stops) is
 * marked interrupted, and resuming it carries on where it got to, once, even if two admins press
 * "Carry on" together.
 */
@QuarkusTest
class InterruptedImportTest {

    private static final String SOURCE = "interrupted-" + UUID.randomUUID();

    @Inject
    OrukImport imports;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportLiveness liveness;

    @Inject
    ServiceImport services;

    @Inject
    FeedReader reader;

    @Inject
    SourceRecords records;

    @Inject
    ListingRepository listings;

    @Inject
    Clock clock;

    @AfterEach
    void removeImported() {
        QuarkusTransaction.requiringNew().run(() -> ImportedEntries.remove(SOURCE, records, listings));
    }

    @Test
    void anImportCutOffByAKilledInstanceIsMarkedInterruptedAndCarriesOnOnceFromWhereItGotTo() throws Exception {
        String feed = given().when()
                .get("/openreferral/export/services.ndjson")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .limit(6)
                .collect(Collectors.joining("\n"));
        List<JsonNode> services = reader.read(feed);
        assertEquals(6, services.size());

        // What the killed instance got done: the job row, the first service imported and reported.
        UUID job = imports.startFile(SOURCE, feed, "admin");
        ImportJob.Entry first = this.services.importService(SOURCE, services.get(0), ListingStatus.PENDING);
        QuarkusTransaction.requiringNew().run(() -> {
            jobs.findById(job).add(List.of(first));
            jobs.update(
                    "runner = ?1, heartbeatAt = ?2 where id = ?3",
                    "an instance that was killed",
                    clock.instant().minus(ImportLiveness.SILENCE).minusSeconds(1),
                    job);
        });
        assertEquals(ImportJob.Status.RUNNING, imports.job(job).getStatus());

        assertTrue(liveness.interruptSilentRuns() >= 1);
        assertEquals(ImportJob.Status.INTERRUPTED, imports.job(job).getStatus());

        CountDownLatch together = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Boolean>> presses = List.of(
                    CompletableFuture.supplyAsync(() -> pressCarryOn(together, job), pool),
                    CompletableFuture.supplyAsync(() -> pressCarryOn(together, job), pool));
            together.countDown();
            long winners = presses.stream().filter(CompletableFuture::join).count();
            assertEquals(1, winners, "only one of two admins pressing together resumes the import");
        } finally {
            pool.shutdown();
        }

        imports.carryOn(job);

        ImportJob done = imports.job(job);
        assertEquals(ImportJob.Status.FINISHED, done.getStatus(), done::getFailure);
        assertEquals(6, done.getReport().size(), () -> "one line per service, none twice: " + done.getReport());
        Map<String, Long> perService = done.getReport().stream()
                .collect(Collectors.groupingBy(ImportJob.Entry::sourceId, Collectors.counting()));
        assertTrue(perService.values().stream().allMatch(n -> n == 1), perService::toString);
        assertEquals(6, done.getCreated(), () -> "" + done.getReport());
        long imported = QuarkusTransaction.requiringNew()
                .call(() -> records.count("source = ?1 and recordType = ?2", SOURCE, SourceRecord.Type.SERVICE));
        assertEquals(6, imported, "every service of the feed was imported, the first one only once");
        assertEquals(false, imports.resume(job), "a finished import cannot be resumed");
    }

    private boolean pressCarryOn(CountDownLatch together, UUID job) {
        try {
            together.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return imports.resume(job);
    }
}
