package org.healthdirectory.openreferral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The bulk downloads: every published service, valid, in ndjson and as the HSDS CSV data package. */
@QuarkusTest
class OpenReferralExportTest {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    private long published() {
        return given().when()
                .get("/openreferral/services")
                .then()
                .extract()
                .jsonPath()
                .getLong("total_items");
    }

    @Test
    void theNdjsonExportHasEveryPublishedServiceWholeAndValid() throws Exception {
        String ndjson = given().when()
                .get("/openreferral/export/services.ndjson")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .extract()
                .asString();
        List<String> lines = ndjson.lines().toList();
        assertEquals(published(), lines.size());
        for (String line : lines) {
            OrukSchemas.assertValid("service", line);
            assertTrue(json.readTree(line).has("schedules"), "full service objects");
        }
    }

    @Test
    void theDataPackageHasATableForEachKindOfRecord() throws Exception {
        byte[] zip = given().when()
                .get("/openreferral/export/datapackage.zip")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        JsonNode descriptor = json.readTree(files.get("datapackage.json"));
        assertEquals("tabular-data-package", descriptor.path("profile").asText());
        Set<String> described = new HashSet<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String path = resource.path("path").asText();
            described.add(path);
            String header = files.get(path).lines().findFirst().orElseThrow();
            List<String> fields = resource.path("schema").path("fields").findValuesAsText("name");
            assertEquals(String.join(",", fields), header, path + " header matches its schema");
        }
        assertTrue(described.containsAll(List.of(
                "services.csv",
                "organizations.csv",
                "locations.csv",
                "service_at_location.csv",
                "schedules.csv",
                "taxonomy_terms.csv",
                "attributes.csv",
                "contacts.csv")));
        assertEquals(published(), files.get("services.csv").lines().count() - 1, "a row per published service");
        assertTrue(files.get("services.csv").contains("Clayton Vale Wednesday walk"));
        assertEquals(65 + 1, files.get("taxonomy_terms.csv").lines().count(), "6 domains and 59 tags");
        // Other tests publish entries without sessions, so compare with the sessions actually published.
        long sessions = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from listing_session s join listing l on l.id = s.listing_id
                where l.status = 'PUBLISHED'""").getSingleResult()).longValue());
        assertTrue(sessions > 0);
        assertEquals(
                sessions, files.get("schedules.csv").lines().count() - 1, "a row per session of a published service");
    }
}
