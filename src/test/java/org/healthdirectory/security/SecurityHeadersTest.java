package org.healthdirectory.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthdirectory.testing.StaffSession;
import org.junit.jupiter.api.Test;

/** Headers and cookies a browser or a proxy acts on, and what is (not) public. */
@QuarkusTest
class SecurityHeadersTest {

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void everyPageSendsHstsAndACspThatLetsAFormReachTheSignInServer() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"))
                .header("Content-Security-Policy", containsString("form-action 'self' http://127.0.0.1:8180"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void publicPagesMayBeCachedButProviderPagesMayNot() {
        given().when().get("/").then().header("Cache-Control", nullValue());
        given().when().get("/manage").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void staffPagesAndTheirCsvExportsAreNeverStored() {
        StaffSession staff = StaffSession.signIn("moderator", "moderator-demo");
        for (String path : new String[] {"/console", "/console/queue", "/console/audit/export.csv"}) {
            HttpResponse<String> response = staff.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals(
                    "no-store", response.headers().firstValue("Cache-Control").orElse(""), path);
        }
    }

    @Test
    void theShortlistCookieIsSameSite() {
        String listing = "069a8464-c41c-4424-ba42-17affba43221";
        Map<String, String> cookies = given().when().get("/listings/" + listing).cookies();
        String setCookie = given().redirects()
                .follow(false)
                .cookie("csrf-token", cookies.get("csrf-token"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", tokenOn("/listings/" + listing, cookies.get("csrf-token")))
                .formParam("listing", listing)
                .when()
                .post("/shortlist/add")
                .header("Set-Cookie");
        assertTrue(
                setCookie != null && setCookie.contains("SameSite=Lax") && setCookie.contains("HttpOnly"), setCookie);
    }

    @Test
    void theSignInStateCookieIsSameSite() {
        var response = given().redirects().follow(false).when().get("/console");
        assertEquals(302, response.statusCode());
        List<String> cookies = response.headers().getValues("Set-Cookie");
        assertFalse(cookies.isEmpty(), "the sign-in redirect keeps its state in a cookie");
        for (String cookie : cookies) {
            assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        }
    }

    @Test
    void metricsAndHealthAreOnTheManagementPortOnly() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().port(managementPort)
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
        given().port(managementPort).when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void requestsThatMatchNoRouteDoNotTagMetricsWithTheirPath() {
        for (int i = 0; i < 3; i++) {
            given().when().post("/domains/tag-probe-" + i).then().statusCode(405);
        }
        given().port(managementPort).when().get("/q/metrics").then().body(not(containsString("tag-probe-")));
    }

    @Test
    void theApiDescriptionCoversThePublicApiOnlyAndItsBadRequests() {
        var description = given().accept("application/json").when().get("/q/openapi");
        description.then().statusCode(200).body("paths", hasKey("/api/v1/search"));
        Map<String, Object> paths = description.jsonPath().getMap("paths");
        for (String path : paths.keySet()) {
            assertTrue(path.startsWith("/api/") || path.startsWith("/openreferral"), path + " is not public API");
        }
        description.then().body("paths.'/api/v1/search'.get.responses", hasKey("400"));
    }

    @Test
    void signingOutLandsOnTheHomePageWithoutTheLogoutState() {
        given().redirects()
                .follow(false)
                .when()
                .get("/signed-out?state=3f2b9c1e-1d2c-4b7a-9a51-1b2c3d4e5f60")
                .then()
                .statusCode(303)
                .header("Location", not(containsString("state")))
                .header("Location", containsString("/"));
    }

    private static String tokenOn(String path, String cookie) {
        return given().cookie("csrf-token", cookie)
                .when()
                .get(path)
                .htmlPath()
                .getString("**.find { it.@name == 'csrf-token' }.@value");
    }
}
