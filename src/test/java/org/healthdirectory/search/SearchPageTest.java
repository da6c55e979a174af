package org.healthdirectory.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public search page against the demo content in the real index. */
@QuarkusTest
class SearchPageTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    /** The search page for the given name/value pairs, e.g. page("q", "walking"). */
    private static String page(String... params) {
        return given().queryParams(pairs(params))
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static java.util.Map<String, String> pairs(String... params) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return map;
    }

    @Test
    void findsDogWalkingNearTheShelterWithItsDistance() {
        String html = page("q", "dog walking", "postcode", "M40 9NB", "radius", "3");
        assertTrue(html.indexOf("Dog walking at Moston Paws") > 0, html);
        assertThat(html, containsString("within 3 miles of M40 9NB"));
        // The sample postcode file does not hold M40 9NB: distances are from the middle of M40, and it says so.
        assertThat(html, containsString("We could not find the postcode M40 9NB"));
        assertThat(html, containsString("so they are only approximate"));
        assertThat(html, matchesPattern("(?s).*About \\d+ miles? away.*"));
        assertThat(html, not(containsString("Less than 0.1 miles away")));
    }

    @Test
    void aKnownPostcodeGivesExactDistancesWithNoWarning() {
        String html = page("q", "advice", "postcode", "M1 1AD", "radius", "5");
        assertThat(html, containsString("miles away"));
        assertThat(html, not(containsString("only approximate")));
        assertThat(html, not(matchesPattern("(?s).*About \\d+ miles? away.*")));
    }

    @Test
    void aMadeUpPostcodeSaysPlainlyItWasNotFound() {
        String html = page("q", "walking", "postcode", "M99 9ZZ", "radius", "3");
        assertThat(
                html, containsString("We could not find the postcode M99 9ZZ. Distances are from the middle of M99"));
        given().queryParam("postcode", "M99 9ZZ")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("results.distanceApproximate", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true)));
    }

    @Test
    void forgivesATypo() {
        assertThat(page("q", "dgo walkng"), containsString("Dog walking at Moston Paws"));
    }

    @Test
    void understandsSynonyms() {
        // Nobody's listing says "rambling", but walking groups are what people mean.
        assertThat(page("q", "rambling"), containsString("Clayton Vale Wednesday walk"));
    }

    @Test
    void filtersByDomainAndShowsCountsForEachDomain() {
        String html = page("domain", "welfare-rights");
        assertThat(html, containsString("<h1>Welfare rights and benefits</h1>"));
        assertThat(html, not(containsString("Dog walking at Moston Paws")));
        assertThat(html, containsString("Physical activity ("));
    }

    @Test
    void freeOnlyLeavesOutPaidActivities() {
        assertThat(page("q", "walking netball"), containsString("Walking netball"));
        assertThat(page("q", "walking netball", "free", "yes"), not(containsString("Walking netball")));
    }

    @Test
    void aMalformedPostcodeGetsAClearMessageNextToTheField() {
        given().queryParams(pairs("q", "walking", "postcode", "not a postcode"))
                .when()
                .get("/search")
                .then()
                .statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("id=\"postcode-error\""))
                .body(containsString("Enter a real postcode"))
                .body(not(containsString("id=\"results\"><li")));
    }

    @Test
    void anUnknownPostcodeGetsAClearMessage() {
        given().queryParams(pairs("postcode", "ZZ99 9ZZ"))
                .when()
                .get("/search")
                .then()
                .statusCode(400)
                .body(containsString("We could not find that postcode"));
    }

    @Test
    void aSearchWithNoResultsSuggestsWideningIt() {
        given().queryParams(pairs("q", "xylophonequartet"))
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("No activities match your search"))
                .body(containsString("check the spelling"));
    }

    @Test
    void echoesWhatWasTypedSafely() {
        given().queryParams(pairs("q", "<script>alert(1)</script>"))
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("&lt;script&gt;alert(1)"));
    }

    @Test
    void eachDomainHasItsOwnPageWithTheSameFilters() {
        given().when()
                .get("/domains/arts-for-health?free=yes")
                .then()
                .statusCode(200)
                .body(containsString("<h1>Arts for health</h1>"))
                .body(
                        containsString(
                                "id=\"domain-arts-for-health\" name=\"domain\" type=\"radio\" value=\"arts-for-health\" checked"))
                .body(containsString("id=\"free\" name=\"free\" type=\"checkbox\" value=\"yes\" checked"));
        given().when().get("/domains/no-such-domain").then().statusCode(404);
    }

    @Test
    void aPlaceNameWorksInsteadOfAPostcode() {
        String html = page("q", "dog walking", "postcode", "moston", "radius", "3");
        assertThat(html, containsString("Dog walking at Moston Paws"));
        assertThat(html, containsString("within 3 miles of Moston"));
    }

    @Test
    void whenADomainHasNothingItSuggestsOtherDomainsThatMatch() {
        String html = page("q", "crochet", "domain", "welfare-rights");
        assertThat(html, containsString("No activities match your search"));
        assertThat(html, containsString("Other types of activity match your search"));
        assertThat(html, containsString("Arts for health ("));
    }
}
