package org.healthdirectory.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.healthdirectory.moderation.ListingReports;
import org.junit.jupiter.api.Test;

/** One signed form token per visitor: forms in several tabs all work; forged or missing tokens do not. */
@QuarkusTest
class CsrfTest {

    private static final String DOG_WALKING = "069a8464-c41c-4424-ba42-17affba43221";

    @Inject
    ListingReports reports;

    private static String tokenIn(Response page) {
        return page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
    }

    private static Response report(String cookie, String token, String details) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        if (cookie != null) {
            request = request.cookie("csrf-token", cookie);
        }
        return request.formParam("csrf-token", token)
                .formParam("reason", "OTHER")
                .formParam("details", details)
                .when()
                .post("/listings/" + DOG_WALKING + "/report");
    }

    @Test
    void aFormOpenedInOneTabStillWorksAfterPagesOpenInAnother() {
        Response form = given().when().get("/listings/" + DOG_WALKING + "/report");
        String cookie = form.getCookie("csrf-token");
        String token = tokenIn(form);

        Response otherTab = given().cookie("csrf-token", cookie).when().get("/register");
        Response thirdTab = given().cookie("csrf-token", cookie).when().get("/listings/" + DOG_WALKING + "/report");
        assertEquals(token, tokenIn(otherTab), "the same visitor gets the same token on every page");
        assertEquals(token, tokenIn(thirdTab));
        assertEquals(cookie, otherTab.getCookie("csrf-token"), "the cookie keeps its value and is renewed");

        long before = reportCount();
        report(cookie, token, "The time has changed.").then().statusCode(303);
        assertEquals(before + 1, reportCount());
    }

    @Test
    void theTokenCookieIsHttpOnlyAndSameSite() {
        String header = given().when().get("/register").header("Set-Cookie");
        assertTrue(header.startsWith("csrf-token="), header);
        assertTrue(header.contains("HttpOnly"), header);
        assertTrue(header.contains("SameSite=Lax"), header);
        assertTrue(header.contains("Max-Age=43200"), header);
    }

    @Test
    void aForgedTokenIsRefusedWithAPageOfOursThatKeepsWhatWasTyped() {
        Response form = given().when().get("/listings/" + DOG_WALKING + "/report");
        String cookie = form.getCookie("csrf-token");
        String otherVisitorsToken = tokenIn(given().when().get("/register"));
        assertNotEquals(tokenIn(form), otherVisitorsToken, "each visitor has their own token");

        long before = reportCount();
        for (String forged : new String[] {otherVisitorsToken, "forged", ""}) {
            report(cookie, forged, "Please keep this note about the new room.")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("Sorry, we could not send that form"))
                    .body(containsString("Nothing has been saved"))
                    .body(containsString("Please keep this note about the new room."));
        }
        assertEquals(before, reportCount(), "nothing stored from a refused form");
    }

    @Test
    void aFormWithoutTheCookieIsRefusedAndTheRefusalStartsAFreshToken() {
        String token = tokenIn(given().when().get("/listings/" + DOG_WALKING + "/report"));
        long before = reportCount();
        Response refused = report(null, token, "No cookie here.");
        refused.then().statusCode(400).body(containsString("What you typed"));
        assertEquals(before, reportCount());
        assertTrue(refused.getCookie("csrf-token") != null, "a new cookie, so the next try works");
    }

    private long reportCount() {
        return QuarkusTransaction.requiringNew().call(() -> reports.count());
    }
}
