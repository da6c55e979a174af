package org.healthdirectory.openreferral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.geo.LocalityRepository;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.moderation.ModerationQueue;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Importing ORUK/HSDS 3.0 feeds: the standard's own examples, and our export imported again. */
@QuarkusTest
class OpenReferralImportTest {

    @Inject
    OrukImport imports;

    @Inject
    SourceRecords records;

    @Inject
    ListingRepository listings;

    @Inject
    OrukMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    ModerationQueue queue;

    @Inject
    LocalityRepository localities;

    private final List<String> sources = new ArrayList<>();

    private String source(String name) {
        String source = name + "-" + UUID.randomUUID();
        sources.add(source);
        return source;
    }

    /** Imported listings would otherwise stay in the shared test database for later test classes. */
    @AfterEach
    void removeImported() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String source : sources) {
                ImportedEntries.remove(source, records, listings);
            }
        });
    }

    private static String standardsFile(String path) throws Exception {
        return Files.readString(OrukSchemas.STANDARDS.resolve(path));
    }

    @Test
    void theStandardsOwnExamplesImportAsListingsAwaitingModeration() throws Exception {
        for (String folder : List.of("hsds-3.0", "oruk-3.0", "oruk-uk-profile")) {
            String source = source(folder + "/examples/service_full.json");
            ImportJob job = imports.importText(source, standardsFile(folder + "/examples/service_full.json"), "admin");

            assertEquals(ImportJob.Status.FINISHED, job.getStatus(), () -> folder + ": " + job.getFailure());
            assertEquals(1, job.getCreated(), () -> folder + ": " + job.getReport());
            ImportJob.Entry entry = job.getReport().get(0);
            assertEquals("Community Counselling", entry.name());
            assertTrue(entry.reason().contains("matches none of our domains or tags"), entry.reason());

            Listing listing = QuarkusTransaction.requiringNew().call(() -> {
                Listing l = listings.findById(records.find(source, SourceRecord.Type.SERVICE, entry.sourceId())
                        .orElseThrow()
                        .getLocalId());
                l.getVenues().size();
                l.getSessions().size();
                l.getOrganisation().getName();
                return l;
            });
            assertEquals(ListingStatus.PENDING, listing.getStatus());
            assertEquals("Community Counselling", listing.getName());
            assertFalse(listing.getSessions().isEmpty(), folder + " schedules");
            assertFalse(listing.getVenues().isEmpty(), folder + " locations");
            assertNotNull(listing.getOrganisation().getName());
            given().when()
                    .get("/openreferral/services/" + listing.getId())
                    .then()
                    .statusCode(404);

            ImportJob again =
                    imports.importText(source, standardsFile(folder + "/examples/service_full.json"), "admin");
            assertEquals(
                    0, again.getCreated() + again.getUpdated(), "a second import of the same feed changes nothing");
            assertEquals(
                    "unchanged since the last import", again.getReport().get(0).reason());
            assertTrue(
                    audit.forSubject(job.getId()).stream()
                            .anyMatch(e -> e.getAction().equals("open-referral-import")),
                    "the import is audited");
        }
        ImportJob lists = imports.importText(
                source("hsds-3.0/examples/service_list.json"),
                standardsFile("hsds-3.0/examples/service_list.json"),
                "admin");
        assertEquals(ImportJob.Status.FINISHED, lists.getStatus());
        assertEquals(lists.getReport().size(), lists.getCreated() + lists.getSkipped());
    }

    @Test
    void ourExportImportedAgainReproducesTheSameServices() throws Exception {
        String ndjson = given().when()
                .get("/openreferral/export/services.ndjson")
                .then()
                .statusCode(200)
                .contentType(OpenReferralExportResource.NDJSON)
                .extract()
                .asString();
        List<JsonNode> exported = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            exported.add(json.readTree(line));
        }
        long published = given().when()
                .get("/openreferral/services")
                .then()
                .extract()
                .jsonPath()
                .getLong("total_items");
        assertEquals(published, exported.size(), "the export has every published service");

        String source = source("round-trip");
        ImportJob job = imports.importText(source, ndjson, "admin");
        assertEquals(exported.size(), job.getCreated(), () -> "" + job.getReport());

        for (JsonNode original : exported) {
            UUID local = records.find(
                            source,
                            SourceRecord.Type.SERVICE,
                            original.path("id").asText())
                    .orElseThrow()
                    .getLocalId();
            // Written and read back, as the export was, so numbers compare as the same kind of node.
            JsonNode copy = json.readTree(QuarkusTransaction.requiringNew()
                    .call(() -> json.writeValueAsString(mapper.service(fullListing(local)))));
            assertEquals(
                    comparable(original),
                    comparable(copy),
                    original.path("name").asText());
        }
        ImportJob again = imports.importText(source, ndjson, "admin");
        assertEquals(exported.size(), again.getSkipped(), "importing the same export twice changes nothing");
    }

    @Test
    void anOrukApiIsImportedPageByPageFromItsUrl() {
        long walks = given().when()
                .get("/openreferral/services?search=walk")
                .then()
                .extract()
                .jsonPath()
                .getLong("total_items");
        assertTrue(walks > 3, "several pages of walks");
        String url = TestUrls.baseUrl() + "/openreferral/services?search=walk&per_page=3";
        sources.add(url);
        ImportJob job = imports.importUrl(url, "admin");
        assertEquals(ImportJob.Status.FINISHED, job.getStatus(), job::getFailure);
        assertEquals(walks, job.getCreated(), () -> "" + job.getReport());
    }

    @Test
    void anImportedEntryWaitsForTheModeratorsOfItsLocalityOnly() {
        String service = """
                {"id": "loc-1", "name": "Imported allotment club", "status": "active",
                 "description": "Grow vegetables together. Tools provided.",
                 "organization": {"id": "org-loc-1", "name": "Imported growers"},
                 "service_at_locations": [{"location": {"id": "place-1", "name": "Moston allotments",
                   "addresses": [{"address_1": "1 Allotment Lane", "city": "Manchester", "postal_code": "M40 9NB"}]}}]}
                """;
        ImportJob job = imports.importText(source("locality"), service, "admin");
        assertEquals(1, job.getCreated(), () -> "" + job.getReport());
        UUID north = QuarkusTransaction.requiringNew()
                .call(() ->
                        localities.findBySlug("north-manchester").orElseThrow().getId());
        UUID south = QuarkusTransaction.requiringNew()
                .call(() ->
                        localities.findBySlug("south-manchester").orElseThrow().getId());

        var all = new ModerationQueue.Filter(null, null, null);
        assertTrue(
                queue.items(all, Set.of(north)).stream()
                        .anyMatch(i -> i.listingName().equals("Imported allotment club")),
                "a moderator who looks after north Manchester sees the imported entry");
        assertFalse(
                queue.items(all, Set.of(south)).stream()
                        .anyMatch(i -> i.listingName().equals("Imported allotment club")),
                "one who looks after south Manchester does not");
    }

    @Test
    void anUnreadableFeedFailsWithAReasonAndStoresNothing() {
        ImportJob notJson = imports.importText(source("broken"), "this is not json\n{also not}", "admin");
        assertEquals(ImportJob.Status.FAILED, notJson.getStatus());
        assertTrue(notJson.getFailure().contains("not JSON"), notJson.getFailure());
        assertTrue(notJson.getReport().isEmpty());
        assertEquals(0, notJson.getCreated());

        ImportJob noName = imports.importText(source("no-name"), "{\"id\": \"x1\", \"status\": \"active\"}", "admin");
        assertEquals(ImportJob.Status.FINISHED, noName.getStatus());
        assertEquals("it has no name", noName.getReport().get(0).reason());

        ImportJob nowhere = imports.importUrl("ftp://example.org/feed.json", "admin");
        sources.add("ftp://example.org/feed.json");
        assertEquals(ImportJob.Status.FAILED, nowhere.getStatus());
    }

    private Listing fullListing(UUID id) {
        Listing listing = listings.findById(id);
        listing.getVenues().size();
        listing.getSessions().size();
        listing.getDomains().size();
        listing.getTags().size();
        listing.getOrganisation().getName();
        return listing;
    }

    /** The service without ids and dates of change (new on import), with lists in a fixed order. */
    private static JsonNode comparable(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            Iterator<String> names = copy.fieldNames();
            List<String> drop = new ArrayList<>();
            names.forEachRemaining(n -> {
                if (n.equals("id") || n.endsWith("_id") || n.equals("last_modified")) {
                    drop.add(n);
                }
            });
            copy.remove(drop);
            List<String> keys = new ArrayList<>();
            copy.fieldNames().forEachRemaining(keys::add);
            keys.forEach(k -> copy.set(k, comparable(copy.get(k))));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(comparable(item)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode sorted = ((ArrayNode) node).arrayNode();
            items.forEach(sorted::add);
            return sorted;
        }
        return node;
    }
}
