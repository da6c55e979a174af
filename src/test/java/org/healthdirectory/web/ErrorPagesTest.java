package org.healthdirectory.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownPageGetsAFriendlyNotFoundPage() {
        given().when()
                .get("/pages/no-such-page")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"))
                .body(containsString("search for other activities"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownAddressOutsideAnyResourceGetsTheSameFriendlyPage() {
        given().when().get("/no/such/address").then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    void unknownApiAddressGetsAJsonProblem() {
        given().when()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }
}
