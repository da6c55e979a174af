package org.healthdirectory.openreferral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conformance: every ORUK endpoint's answers, on every kind of page and filtered, match the
 * standard's own JSON Schemas and its paging rules.
 */
@QuarkusTest
class OpenReferralApiTest {

    private static String get(String path) {
        return given().when()
                .get(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .extract()
                .asString();
    }

    /** Checks the page against the list schema and the paging rules in the standards README. */
    private static JsonPath page(String schema, String path, int expectedPage, long expectedTotal, int perPage) {
        String body = get(path);
        OrukSchemas.assertValid(schema, body);
        JsonPath json = JsonPath.from(body);
        int totalPages = (int) Math.ceil(expectedTotal / (double) perPage);
        int expectedSize = expectedPage > totalPages
                ? 0
                : (int) Math.min(perPage, expectedTotal - (long) (expectedPage - 1) * perPage);
        assertEquals(expectedTotal, json.getLong("total_items"), path + " total_items");
        assertEquals(totalPages, json.getInt("total_pages"), path + " total_pages");
        assertEquals(expectedPage, json.getInt("page_number"), path + " page_number");
        assertEquals(expectedSize, json.getInt("size"), path + " size");
        assertEquals(expectedSize, json.getList("contents").size(), path + " contents");
        assertEquals(expectedPage == 1, json.getBoolean("first_page"), path + " first_page");
        assertEquals(expectedPage == Math.max(totalPages, 1), json.getBoolean("last_page"), path + " last_page");
        assertEquals(expectedSize == 0, json.getBoolean("empty"), path + " empty");
        return json;
    }

    /** Page 1, a middle page, the last page and a page past the end, all valid; no item twice. */
    private static void pagesThrough(String schema, String path, int perPage) {
        String separator = path.contains("?") ? "&" : "?";
        long total =
                JsonPath.from(get(path + separator + "per_page=" + perPage)).getLong("total_items");
        assertTrue(total > 0, path + " has items");
        int totalPages = (int) Math.ceil(total / (double) perPage);
        Set<String> seen = new HashSet<>();
        for (int p = 1; p <= totalPages + 1; p++) {
            JsonPath json = page(schema, path + separator + "per_page=" + perPage + "&page=" + p, p, total, perPage);
            for (Object id : json.getList("contents.id")) {
                assertTrue(seen.add((String) id), path + " repeats " + id + " on page " + p);
            }
        }
        assertEquals(total, seen.size(), path + " every item once");
    }

    @Test
    void describesItself() {
        String body = get("/openreferral/");
        OrukSchemas.assertValid("api_details", body);
        assertTrue(JsonPath.from(body).getString("version").contains("3.0"));
    }

    @Test
    void servicesPageThroughValidly() {
        pagesThrough("service_list", "/openreferral/services", 20);
        pagesThrough("service_list", "/openreferral/services?full=true", 40);
    }

    @Test
    void serviceAtLocationsPageThroughValidly() {
        pagesThrough("service_at_location_list", "/openreferral/service_at_locations", 25);
    }

    @Test
    void organizationsPageThroughValidly() {
        pagesThrough("organization_list", "/openreferral/organizations", 7);
    }

    @Test
    void taxonomiesAndTermsPageThroughValidly() {
        pagesThrough("taxonomy_list", "/openreferral/taxonomies", 1);
        pagesThrough("taxonomy_term_list", "/openreferral/taxonomy_terms", 10);
        JsonPath top = page("taxonomy_term_list", "/openreferral/taxonomy_terms?top_only=true", 1, 6, 50);
        assertEquals(6, top.getList("contents").size());
    }

    @Test
    void everySingleItemIsValid() {
        JsonPath services = JsonPath.from(get("/openreferral/services?per_page=200&full=true"));
        List<Map<String, Object>> all = services.getList("contents");
        for (Map<String, Object> service : all) {
            OrukSchemas.assertValid("service", get("/openreferral/services/" + service.get("id")));
        }
        for (Object id : JsonPath.from(get("/openreferral/service_at_locations?per_page=200"))
                .getList("contents.id")) {
            OrukSchemas.assertValid("service_at_location", get("/openreferral/service_at_locations/" + id));
        }
        for (Object id :
                JsonPath.from(get("/openreferral/organizations?per_page=200")).getList("contents.id")) {
            OrukSchemas.assertValid("organization", get("/openreferral/organizations/" + id));
        }
        for (Object id : JsonPath.from(get("/openreferral/taxonomies")).getList("contents.id")) {
            OrukSchemas.assertValid("taxonomy", get("/openreferral/taxonomies/" + id));
        }
        for (Object id :
                JsonPath.from(get("/openreferral/taxonomy_terms?per_page=200")).getList("contents.id")) {
            OrukSchemas.assertValid("taxonomy_term", get("/openreferral/taxonomy_terms/" + id));
        }
    }

    @Test
    void aFullServiceCarriesItsDetails() {
        String id = JsonPath.from(get("/openreferral/services?search=Wednesday walk"))
                .getString("contents[0].id");
        JsonPath service = JsonPath.from(get("/openreferral/services/" + id));
        assertEquals("Clayton Vale Wednesday walk", service.getString("name"));
        assertEquals("WEEKLY", service.getString("schedules[0].freq"));
        assertEquals("WE", service.getString("schedules[0].byday"));
        assertEquals("10:00", service.getString("schedules[0].opens_at"));
        assertEquals("M11 4SW", service.getString("service_at_locations[0].location.addresses[0].postal_code"));
        assertEquals("Free", service.getString("cost_options[0].option"));
        assertEquals("0161 496 0112", service.getString("contacts[0].phones[0].number"));
        assertEquals("Clayton Vale Walkers", service.getString("organization.name"));
        assertTrue(
                service.getList("attributes.taxonomy_term.name").contains("Walking groups"),
                () -> "attributes " + service.getList("attributes.taxonomy_term.name"));
    }

    @Test
    void filtersCombineWithAndAndStayValid() {
        String walking = JsonPath.from(get("/openreferral/taxonomy_terms?per_page=200"))
                .getString("contents.find { it.name == 'Walking groups' }.id");
        List<String> queries = List.of(
                "search=walk",
                "taxonomy_term_id=" + walking,
                "taxonomy_term_id=" + walking + "&day=WE",
                "taxonomy_term_id=" + walking + "&day=wednesday&start_time=09:00&end_time=12:00",
                "postcode=M114SW&proximity=3000",
                "postcode=M114SW&proximity=3000&search=walk",
                "minimum_age=16",
                "maximum_age=25",
                "modified_after=2000-01-01T00:00:00Z",
                "taxonomy_id=" + OrukTaxonomy.TAXONOMY_ID);
        long all = JsonPath.from(get("/openreferral/services")).getLong("total_items");
        for (String query : queries) {
            for (String list : List.of(
                    "service_list|/openreferral/services",
                    "service_at_location_list|/openreferral/service_at_locations")) {
                String[] parts = list.split("\\|");
                String body = get(parts[1] + "?per_page=200&" + query);
                OrukSchemas.assertValid(parts[0], body);
                long total = JsonPath.from(body).getLong("total_items");
                assertEquals(total, JsonPath.from(body).getList("contents").size(), query);
            }
        }
        JsonPath walks = JsonPath.from(
                get("/openreferral/services?per_page=200&full=true&taxonomy_term_id=" + walking + "&day=WE"));
        assertFalse(walks.getList("contents").isEmpty());
        assertTrue(walks.getLong("total_items") < all);
        for (Map<String, Object> service : walks.<Map<String, Object>>getList("contents")) {
            assertTrue(
                    service.toString().contains("Walking groups")
                                    && service.toString().contains("byday=WE")
                            || service.toString().contains("WE,")
                            || service.toString().contains(",WE"),
                    () -> "" + service);
        }
        JsonPath near =
                JsonPath.from(get("/openreferral/service_at_locations?per_page=200&postcode=M114SW&proximity=1000"));
        assertTrue(near.getList("contents.location.name").contains("Clayton Vale, Edge Lane entrance"));
        assertTrue(near.getLong("total_items")
                < JsonPath.from(get("/openreferral/service_at_locations")).getLong("total_items"));
        assertEquals(
                0,
                JsonPath.from(get("/openreferral/services?search=walk&search=&taxonomy_id="
                                + java.util.UUID.randomUUID()))
                        .getLong("total_items"));
    }

    @ParameterizedTest
    @CsvSource({
        "/openreferral/services?page=0, page",
        "/openreferral/services?page=two, page",
        "/openreferral/services?per_page=201, per_page",
        "/openreferral/services?per_page=0, per_page",
        "/openreferral/services?taxonomy_term_id=walking, taxonomy_term_id",
        "/openreferral/services?organization_id=42, organization_id",
        "/openreferral/services?modified_after=yesterday, modified_after",
        "/openreferral/services?day=someday, day",
        "/openreferral/services?start_time=9am, start_time",
        "/openreferral/services?minimum_age=old, minimum_age",
        "/openreferral/services?postcode=nonsense, postcode",
        "/openreferral/services?postcode=M114SW&proximity=far, proximity",
        "/openreferral/services?proximity=1000, proximity",
        "/openreferral/services?full=maybe, full",
        "/openreferral/service_at_locations?end_time=25:00, end_time",
        "/openreferral/taxonomy_terms?parent_id=x, parent_id",
        "/openreferral/organizations?per_page=-1, per_page"
    })
    void badParametersGetAProblemNamingTheParameter(String path, String parameter) {
        given().when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .header("Access-Control-Allow-Origin", "*")
                .body("status", equalTo(400))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(parameter));
    }

    @ParameterizedTest
    @CsvSource({
        "/openreferral/services/00000000-0000-0000-0000-000000000000",
        "/openreferral/services/not-a-uuid",
        "/openreferral/service_at_locations/00000000-0000-0000-0000-000000000000",
        "/openreferral/organizations/00000000-0000-0000-0000-000000000000",
        "/openreferral/taxonomies/00000000-0000-0000-0000-000000000000",
        "/openreferral/taxonomy_terms/00000000-0000-0000-0000-000000000000"
    })
    void unknownIdsAreNotFoundProblems(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void isOpenToAnyWebsiteWithoutSigningIn() {
        given().redirects()
                .follow(false)
                .header("Origin", "https://example.org")
                .when()
                .get("/openreferral/services")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void answersNotModifiedWhenTheCallerHasTheSameVersion() {
        List<String> paths =
                new ArrayList<>(List.of("/openreferral/services?per_page=5", "/openreferral/taxonomy_terms"));
        paths.add("/openreferral/services/"
                + JsonPath.from(get("/openreferral/services")).getString("contents[0].id"));
        for (String path : paths) {
            Response first = given().when().get(path);
            String etag = first.header("ETag");
            assertTrue(etag != null && !etag.isBlank(), path + " has an ETag");
            given().header("If-None-Match", etag)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag);
            given().header("If-None-Match", "\"something-else\"")
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200);
        }
        assertTrue(given().when().get("/openreferral/services?per_page=5").header("Last-Modified") != null);
    }
}
