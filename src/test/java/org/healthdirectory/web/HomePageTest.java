package org.healthdirectory.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Test
    void showsTheSixDomainsWithTheirActivityCounts() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Physical activity"))
                .body(containsString("Healthy eating"))
                .body(containsString("Arts for health"))
                .body(containsString("Befriending"))
                .body(containsString("Welfare rights"))
                .body(containsString("Volunteering"))
                .body(containsString("href=\"/domains/physical-activity\""))
                .body(not(containsString(">0 activities<")));
    }

    @Test
    void hasASearchBoxThatWorksWithoutJavaScript() {
        given().when()
                .get("/")
                .then()
                .body(containsString("<form action=\"/search\" method=\"get\""))
                .body(containsString("name=\"q\""))
                .body(containsString("name=\"postcode\""));
    }

    @Test
    void sendsSecurityHeaders() {
        given().when()
                .get("/")
                .then()
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void servesTheNhsFrontendImagesFromTheBuild() {
        // Styles and scripts are built into /assets (LightPagesTest); the NHS.UK icons are copied as they are.
        given().when().get("/nhsuk/assets/images/favicon.ico").then().statusCode(200);
        given().when().get("/nhsuk/assets/images/favicon.svg").then().statusCode(200);
    }
}
