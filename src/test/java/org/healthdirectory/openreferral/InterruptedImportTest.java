package org.healthdirectory.openreferral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.web.DirectoryConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An import records its progress batch by batch. One whose app instance was killed part-way (kill -9:
 * no goodbye, its heartbeat just stops), even in the middle of a batch, is marked interrupted, and
 * resuming it carries on where it got to, importing each service once, even if two admins press
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
    ImportEntries entries;

    @Inject
    ImportBatches batches;

    @Inject
    DirectoryConfig config;

    @Inject
    Clock clock;

    @AfterEach
    void removeImported() {
        batches.stopWatching();
        QuarkusTransaction.requiringNew().run(() -> ImportedEntries.remove(SOURCE, records, listings));
    }

    private static String feed(int services) {
        String feed = given().when()
                .get("/openreferral/export/services.ndjson")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .limit(services)
                .collect(Collectors.joining("\n"));
        assertEquals(services, feed.lines().count(), "the demo export has enough services");
        return feed;
    }

    @Test
    void aFileImportWritesItsProgressToTheJobRowAfterEveryBatch() throws Exception {
        assertEquals(2, config.openReferral().importBatch(), "tests import two services a batch");
        String feed = feed(5);
        UUID job = imports.startFile(SOURCE, feed, "admin");
        batches.watch(job);
        var pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> run = CompletableFuture.runAsync(() -> imports.runText(job, feed), pool);
            for (int expected : new int[] {2, 4, 5}) {
                Integer done = batches.nextBatch();
                assertEquals(expected, done, "the import commits after every two services");
                // Read on this thread, in a transaction of its own: what the admin's page (or the drill) sees.
                ImportJob seen = imports.job(job);
                assertEquals(ImportJob.Status.RUNNING, seen.getStatus());
                assertEquals(expected, seen.getCreated(), () -> "" + seen.getReport());
                assertEquals(expected, seen.getReport().size());
                batches.carryOn();
            }
            run.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        ImportJob done = imports.job(job);
        assertEquals(ImportJob.Status.FINISHED, done.getStatus(), done::getFailure);
        assertEquals(5, done.getCreated());
    }

    @Test
    void anImportCutOffByAKilledInstanceIsMarkedInterruptedAndCarriesOnOnceFromWhereItGotTo() throws Exception {
        String feed = feed(6);
        List<JsonNode> services = reader.read(feed);
        assertEquals(6, services.size());

        // What the killed instance got done: its first batch (two services) committed to the job row,
        // then a third service imported, with the kill before its batch was committed.
        UUID job = imports.startFile(SOURCE, feed, "admin");
        String killed = liveness.instance();
        this.services.importService(job, killed, SOURCE, services.get(0), ListingStatus.PENDING);
        this.services.importService(job, killed, SOURCE, services.get(1), ListingStatus.PENDING);
        QuarkusTransaction.requiringNew().run(() -> entries.moveIntoReport(jobs.findById(job)));
        this.services.importService(job, killed, SOURCE, services.get(2), ListingStatus.PENDING);
        assertEquals(2, imports.job(job).getDone(), "the job row shows the committed batch");
        QuarkusTransaction.requiringNew().run(() -> {
            jobs.update(
                    "runner = ?1, heartbeatAt = ?2 where id = ?3",
                    "an instance that was killed",
                    clock.instant().minus(ImportLiveness.SILENCE).minusSeconds(1),
                    job);
        });
        assertEquals(ImportJob.Status.RUNNING, imports.job(job).getStatus());

        assertTrue(liveness.interruptSilentRuns() >= 1);
        assertEquals(ImportJob.Status.INTERRUPTED, imports.job(job).getStatus());
        assertThrows(
                ImportJob.RunTakenAway.class,
                () -> this.services.importService(
                        job, "an instance that was killed", SOURCE, services.get(3), ListingStatus.PENDING),
                "a run that was interrupted imports nothing more");
        assertEquals(3, importedServices(), "the fourth service was not kept");

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
        assertEquals(
                6, done.getCreated(), () -> "the third service counts as new, not as unchanged: " + done.getReport());
        assertEquals(6, importedServices(), "every service of the feed was imported, the first three only once");
        assertEquals(false, imports.resume(job), "a finished import cannot be resumed");
    }

    private long importedServices() {
        return QuarkusTransaction.requiringNew()
                .call(() -> records.count("source = ?1 and recordType = ?2", SOURCE, SourceRecord.Type.SERVICE));
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
