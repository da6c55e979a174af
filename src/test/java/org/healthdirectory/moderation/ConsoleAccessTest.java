package org.healthdirectory.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsoleAccessTest {

    @Test
    void anonymousVisitorsAreSentToTheStaffSignIn() {
        given().redirects().follow(false).when().get("/console").then()
                .statusCode(302)
                .header("Location", containsString("/realms/health-directory/protocol/openid-connect/auth"));
    }
}
