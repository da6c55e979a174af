package org.healthdirectory.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Searches that find nothing are kept for the unmet-need report, with nothing personal in them. */
@QuarkusTest
class ZeroResultSearchTest {

    @Inject
    ZeroResultSearches zeroResults;

    @Inject
    EntityManager entityManager;

    @Test
    void recordsWhatWasAskedAndTheOutwardCodeOnly() {
        given().queryParam("q", "underwater basket weaving")
                .queryParam("postcode", "M11 3FF")
                .queryParam("radius", "1")
                .queryParam("day", "SU")
                .when()
                .get("/search")
                .then()
                .statusCode(200);

        ZeroResultSearch recorded = QuarkusTransaction.requiringNew()
                .call(() -> zeroResults
                        .find("queryText", "underwater basket weaving")
                        .firstResult());
        assertEquals("M11", recorded.getOutcode());
        assertEquals(1, recorded.getRadiusMiles());
        assertEquals(List.of("SU"), recorded.getFilters().get("days"));

        String everything = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select string_agg(zero_result_search::text, ' ') from zero_result_search")
                        .getSingleResult()
                        .toString());
        assertFalse(everything.contains("3FF"), "the full postcode is never stored");
    }

    @Test
    void searchesThatFindSomethingAreNotRecorded() {
        long before = QuarkusTransaction.requiringNew().call(() -> zeroResults.count());
        given().queryParam("q", "walking").when().get("/api/v1/search").then().statusCode(200);
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> zeroResults.count()));
    }
}
