package org.healthdirectory.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SearchApiTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    @Test
    void returnsTheSameResultsAsThePageAsJson() {
        given().queryParam("q", "dog walking")
                .queryParam("postcode", "M40")
                .queryParam("radius", "5")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("total", greaterThan(0))
                .body("results.name", hasItem("Dog walking at Moston Paws"))
                .body("results.distanceMiles", everyItem(lessThanOrEqualTo(5.0f)))
                .body("results[0].url", containsString("/listings/"));
    }

    @Test
    void pagesThroughEveryListing() {
        int total = given().when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("pageSize", equalTo(20))
                .extract()
                .path("total");
        int lastPage = (int) Math.ceil(total / 20.0);
        given().when()
                .get("/api/v1/search?page=" + lastPage)
                .then()
                .statusCode(200)
                .body("results.size()", equalTo(total - (lastPage - 1) * 20));
    }

    @ParameterizedTest
    @CsvSource({
        "radius=7, radius",
        "radius=far, radius",
        "page=0, page",
        "page=two, page",
        "free=maybe, free",
        "postcode=nonsense, postcode",
        "postcode=ZZ999ZZ, postcode"
    })
    void invalidParametersGetAProblemNamingTheParameter(String query, String parameter) {
        given().when()
                .get("/api/v1/search?" + query)
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(parameter));
    }

    @Test
    void isDescribedInOpenApi() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/search'.get.summary", equalTo("Search published listings"));
    }
}
