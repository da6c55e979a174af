package org.healthdirectory.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.healthdirectory.testing.DemoResults;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each filter of the search, checked against the demo content itself: the expected counts are
 * worked out from content/demo/listings.json, so the test follows the content when editors change it.
 */
@QuarkusTest
class SearchFiltersTest {

    private static JsonNode demo;

    @Inject
    ListingFixtures fixtures;

    @BeforeAll
    static void readDemoContent() throws IOException {
        demo = new ObjectMapper()
                .readTree(Path.of("content/demo/listings.json").toFile())
                .get("listings");
    }

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    private static int demoCount(Predicate<JsonNode> test) {
        return (int)
                StreamSupport.stream(demo.spliterator(), false).filter(test).count();
    }

    private static boolean anySession(JsonNode listing, Predicate<JsonNode> test) {
        return StreamSupport.stream(listing.get("sessions").spliterator(), false)
                .anyMatch(test);
    }

    private static boolean has(JsonNode listing, String field, String value) {
        return StreamSupport.stream(listing.get(field).spliterator(), false)
                .anyMatch(v -> v.asText().equals(value));
    }

    private static RequestSpecification api() {
        return given().basePath("/api/v1/search");
    }

    @Test
    void byDayOfTheWeek() {
        int saturdays =
                demoCount(l -> anySession(l, s -> s.get("days").toString().contains("\"SA\"")));
        assertEquals(saturdays, DemoResults.names(Map.of("day", "SA")).size());
    }

    @Test
    void byTimeOfDay() {
        int evenings = demoCount(l -> anySession(
                l,
                s -> !s.get("start").isNull()
                        && Integer.parseInt(s.get("start").asText().substring(0, 2)) >= 17));
        assertEquals(evenings, DemoResults.names(Map.of("time", "evening")).size());
    }

    @Test
    void byWhoItIsFor() {
        api().queryParam("audience", "carers")
                .get()
                .then()
                .statusCode(200)
                .body("total", equalTo(demoCount(l -> has(l, "audiences", "carers"))));
    }

    @Test
    void byEveryAccessibilityNeedChosen() {
        api().queryParam("access", "hearing-loop")
                .queryParam("access", "step-free-access")
                .get()
                .then()
                .statusCode(200)
                .body(
                        "total",
                        equalTo(demoCount(l -> has(l, "accessibility", "hearing-loop")
                                && has(l, "accessibility", "step-free-access"))));
    }

    @Test
    void byLanguageSpoken() {
        api().queryParam("language", "ur")
                .get()
                .then()
                .statusCode(200)
                .body("total", equalTo(demoCount(l -> has(l, "languages", "ur"))));
    }

    @Test
    void byAgeLeavingOutGroupsForOtherAges() {
        api().queryParam("age", "20")
                .queryParam("q", "young adults social")
                .get()
                .then()
                .body("results.name", hasItem("Young adults' Friday social"));
        api().queryParam("age", "70")
                .queryParam("q", "young adults social")
                .get()
                .then()
                .body("results.name", not(hasItem("Young adults' Friday social")));
    }

    @Test
    void onlineOrInPerson() {
        api().queryParam("mode", "online")
                .queryParam("q", "singing")
                .get()
                .then()
                .body("results.name", hasItem("Online singing for lung health"))
                .body("results.where", not(hasItem(containsString(","))));
        api().queryParam("mode", "in-person")
                .queryParam("q", "dog walking")
                .get()
                .then()
                .body("results.name", hasItem("Dog walking at Moston Paws"));
        api().queryParam("mode", "online")
                .queryParam("q", "dog walking")
                .get()
                .then()
                .body("results.name", not(hasItem("Dog walking at Moston Paws")));
    }

    @Test
    void onlyGroupsTakingNewPeople() {
        api().queryParam("q", "allotment").get().then().body("results.name", hasItem("Allotment group for low mood"));
        api().queryParam("q", "allotment")
                .queryParam("open", "true")
                .get()
                .then()
                .body("results.name", not(hasItem("Allotment group for low mood")));
    }

    @Test
    void unknownFilterValuesAreRefusedClearly() {
        api().queryParam("day", "Funday").get().then().statusCode(400).body("parameter", equalTo("day"));
        api().queryParam("time", "midnight").get().then().statusCode(400).body("parameter", equalTo("time"));
        api().queryParam("age", "200").get().then().statusCode(400).body("parameter", equalTo("age"));
        api().queryParam("audience", "aliens").get().then().statusCode(400).body("parameter", equalTo("audience"));
        api().queryParam("mode", "teleport").get().then().statusCode(400).body("parameter", equalTo("mode"));
        api().queryParam("sort", "upside-down").get().then().statusCode(400).body("parameter", equalTo("sort"));
    }

    @Test
    void thePageKeepsFiltersWhenPaging() {
        given().queryParam("day", "SA")
                .queryParam("time", "morning")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("id=\"day-SA\" name=\"day\" type=\"checkbox\" value=\"SA\" checked"))
                .body(containsString("id=\"time-morning\" name=\"time\" type=\"checkbox\" value=\"morning\" checked"));
    }

    @Test
    void aBadFilterOnThePageIsShownNextToItsField() {
        given().queryParam("age", "old")
                .when()
                .get("/search")
                .then()
                .statusCode(400)
                .body(containsString("id=\"age-error\""))
                .body(containsString("Enter a whole number for age"));
    }
}
