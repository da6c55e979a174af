package org.healthdirectory.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.professional.UnmetNeeds;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.LocalStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Around the results: titles that say what was searched, "Use my location" turned into a postcode, and
 * "Did you find what you needed?" answers counted in the unmet-need report without personal details.
 */
@QuarkusTest
class SearchExtrasTest {

    @Inject
    ListingFixtures fixtures;

    @Inject
    UnmetNeeds unmetNeeds;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "directory.search.index-prefix")
    String indexPrefix;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    private record Csrf(String cookie, String token) {}

    private static Csrf openResults(String path) {
        Response page = given().get(path);
        page.then().statusCode(200);
        return new Csrf(
                page.getCookie("csrf-token"), page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
    }

    private long feedbackRows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from search_feedback")
                                .getSingleResult())
                        .longValue());
    }

    /** Searches the engine has answered on this test run's index (one shard: one per search request). */
    private long engineSearches() {
        return given().get(
                        "http://127.0.0.1:" + LocalStack.OPENSEARCH + "/" + indexPrefix + "listing-read/_stats/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("_all.primaries.search.query_total");
    }

    @Test
    void aMisspellingSearchedAgainAsksTheSearchEngineOnceAndStillFindsIt() {
        // Letters only and unique to this run, so no other test has searched it before.
        String misspelt = "dgo walkng " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

        long before = engineSearches();
        given().get("/api/v1/search?q=" + misspelt).then().statusCode(200);
        long first = engineSearches() - before;
        given().get("/api/v1/search?q=" + misspelt).then().statusCode(200);
        long again = engineSearches() - before - first;

        assertEquals(2, first, "as typed, then with typos");
        assertEquals(1, again, "straight to typos");
        given().get("/search?q=dgo walkng").then().body(containsString("Dog walking at Moston Paws"));
        given().get("/search?q=dgo walkng").then().body(containsString("Dog walking at Moston Paws"));
    }

    @Test
    void theMapPinIsThePlaceTheDistanceIsMeasuredTo() {
        String word = "pinwalk" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID id = fixtures.draft(word);
        fixtures.addVenueAt(id, "LS1 4AP", 53.7960, -1.5479); // Leeds, first
        fixtures.addVenueAt(id, "M40 9NB", 53.5125, -2.1857); // Moston, near the postcode searched
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        fixtures.awaitIndexed();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(word) == 1);

        String results = given().get("/search?q=" + word + "&postcode=M40 9NB&radius=10")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertTrue(results.contains("data-latitude=\"53.5125\" data-longitude=\"-2.1857\""), results);
        assertFalse(results.contains("data-latitude=\"53.796\""), "no pin in Leeds, 30 miles away");
    }

    @Test
    void titlesSayWhatWasSearchedForAndWhichPage() {
        // Page 1 of one page says no page; other tests' walks may make it "page 1 of 2".
        given().get("/search?q=walking")
                .then()
                .body(matchesPattern("(?s).*<title>“walking”(, page 1 of \\d+)? – Find an activity – .*"));
        given().get("/search?page=2").then().body(containsString("<title>Page 2 of "));
    }

    @Test
    void aPagePastTheEndOffersTheFirstPageInsteadOfSayingNothingMatches() {
        given().get("/search?q=walking&page=99")
                .then()
                .statusCode(200)
                .body(containsString("There is no page 99 of these results"))
                .body(containsString("href=\"/search?q=walking&amp;page=1\""))
                .body(not(containsString("No activities match")));
    }

    @Test
    void myLocationBecomesTheNearestKnownPostcodeAndIsNotKept() {
        given().redirects()
                .follow(false)
                .get("/search/near-me?latitude=53.47363&longitude=-2.17209&q=walking")
                .then()
                .statusCode(303)
                .header("Location", containsString("/search?q=walking&postcode=M11+1AA"));
        // Somewhere with no postcode near: a clear way back, no error.
        given().get("/search/near-me?latitude=51.0&longitude=-30.0&q=walking")
                .then()
                .statusCode(200)
                .body(containsString("We could not find a postcode near you"))
                .body(containsString("href=\"/search?q=walking&amp;page=1\""));
    }

    @Test
    void aNoAnswerFeedsTheUnmetNeedReport() {
        // Letters only: a random "a1b2cd" reads as a full postcode, which the form rightly refuses.
        String words = "sitting volleyball "
                + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        Csrf csrf = openResults("/search?q=volleyball&postcode=M11");
        given().cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("found", "no")
                .formParam("comment", words)
                .formParam("q", "volleyball")
                .formParam("postcode", "M11 1AA")
                .post("/search/feedback")
                .then()
                .statusCode(200)
                .body(containsString("Thank you for telling us"));

        UnmetNeeds.Report report = unmetNeeds.report();
        assertTrue(
                report.mostAskedFor().stream().anyMatch(a -> a.what().equals(words)),
                "the words are in the report: " + report.mostAskedFor());
        assertTrue(report.rows().stream().anyMatch(r -> r.told() > 0), "counted as people who told us");
        String outcode = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select outcode from search_feedback where comment = ?1")
                .setParameter(1, words)
                .getSingleResult());
        assertEquals("M11", outcode, "only the outward code is kept");
    }

    @Test
    void feedbackWithPersonalDetailsIsRefusedAndNothingIsKept() {
        long before = feedbackRows();
        Csrf csrf = openResults("/search?q=walking");
        given().cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("found", "no")
                .formParam("comment", "call me on 07700 900982")
                .post("/search/feedback")
                .then()
                .statusCode(400)
                .body(containsString("id=\"comment-error\""))
                .body(containsString("Remove the personal details"));
        given().cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("found", "yes")
                .formParam("comment", "Lovely. ".repeat(40))
                .post("/search/feedback")
                .then()
                .statusCode(400)
                .body(containsString("id=\"comment-error\""))
                .body(containsString("<a href=\"#comment\">Use 300 characters or fewer</a>"));
        given().cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("found", "maybe")
                .post("/search/feedback")
                .then()
                .statusCode(400)
                .body(containsString("id=\"found-error\""))
                .body(containsString("<a href=\"#found\">Choose yes or no</a>"));
        assertEquals(before, feedbackRows());
    }
}
