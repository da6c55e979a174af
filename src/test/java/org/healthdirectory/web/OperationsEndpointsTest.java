package org.healthdirectory.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Health and metrics on the management port; the API description on the public one. */
@QuarkusTest
class OperationsEndpointsTest {

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void readinessCoversTheDatabaseAndTheSearchEngine() {
        given().port(managementPort)
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("OpenSearch", "Database connections health check"))
                .body("checks.find { it.name == 'OpenSearch' }.data.state", equalTo("ok"));
    }

    @Test
    void publishesMetricsAndOpenApi() {
        // A page view first: request metrics exist only once a request has been served (run alone, none had).
        given().when().get("/").then().statusCode(200);
        given().port(managementPort)
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Local health directory API"));
    }
}
