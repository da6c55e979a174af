package org.healthdirectory.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.healthdirectory.moderation.ListingReports;
import org.healthdirectory.search.ZeroResultSearches;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of malformed request that used to give a 500: each now gets a 400 with a plain message
 * (a page of ours, or a JSON problem under /api and /openreferral), no stack trace, and nothing stored.
 */
@QuarkusTest
class MalformedInputTest {

    private static final String DOG_WALKING = "069a8464-c41c-4424-ba42-17affba43221";
    private static final String LONG =
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    @Inject
    ListingReports reports;

    @Inject
    ZeroResultSearches zeroResults;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "API page beyond the result window    | /api/v1/search?page=501",
                "search page beyond the result window | /search?page=501",
                "domain page beyond the result window | /domains/physical-activity?page=501",
                "invalid percent-encoding in a search | /search?q=%zz",
                "invalid percent-encoding in the API  | /api/v1/search?q=%zz",
                "NUL in the search words              | /search?q=a%00b",
                "NUL in the API search words          | /api/v1/search?q=a%00b",
                "line break in the search words       | /search?q=a%0D%0Ab",
                "NUL in an Open Referral search       | /openreferral/services?search=%00",
                "NUL in a domain address              | /domains/%00",
                "an unknown domain                    | /search?domain=made-up",
                "a very long unknown domain           | /search?domain=" + LONG,
                "a very long unknown API domain       | /api/v1/search?domain=" + LONG,
                "a very long place                    | /api/v1/search?postcode=" + LONG,
                "a date far in the future             | /openreferral/services?modified_after=%2B999999999-12-31",
                "a date far in the past               | /openreferral/services?modified_after=-999999999-01-01",
            })
    void malformedAddressesGetA400AndNothingIsStored(String why, String address) {
        long zeroResultsBefore = zeroResultCount();
        Response response = given().urlEncodingEnabled(false).when().get(address);
        assertRefused(response, address);
        assertEquals(zeroResultsBefore, zeroResultCount(), "no zero-result search recorded for " + why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "invalid percent-encoding | application/x-www-form-urlencoded                 | reason=OTHER&details=It%20moved&email=%zz",
                "UTF-7                    | application/x-www-form-urlencoded; charset=utf-7  | reason=OTHER&details=It%20moved",
                "a made-up charset        | application/x-www-form-urlencoded; charset=nonsense | reason=OTHER&details=It%20moved",
                "NUL in a form field      | application/x-www-form-urlencoded                 | reason=OTHER&details=It%00moved",
                "escape in a form field   | application/x-www-form-urlencoded                 | reason=OTHER&details=It%1Bmoved",
                "too many fields          | application/x-www-form-urlencoded                 | MANY",
            })
    void malformedFormsGetA400AndNothingIsStored(String why, String contentType, String body) {
        Response page = given().when().get("/listings/" + DOG_WALKING + "/report");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        String fields = body.equals("MANY")
                ? IntStream.range(0, 1100).mapToObj(i -> "f" + i + "=x").collect(Collectors.joining("&"))
                : body;
        long before = reportCount();
        RequestSpecification request = given().redirects()
                .follow(false)
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .header("Content-Type", contentType)
                .body("csrf-token=" + token + "&" + fields);
        Response response = request.when().post("/listings/" + DOG_WALKING + "/report");
        assertRefused(response, why);
        assertEquals(before, reportCount(), "no report stored for " + why);
    }

    private static void assertRefused(Response response, String what) {
        assertEquals(400, response.statusCode(), what + ": " + response.body().asString());
        response.then()
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")))
                .body(not(containsString("at io.")));
        String type = response.contentType();
        String path = what.startsWith("/") ? what : "";
        if (path.startsWith("/api/") || path.startsWith("/openreferral")) {
            assertEquals(true, type.startsWith("application/problem+json"), what + " gives a JSON problem: " + type);
        } else {
            assertEquals(true, type.startsWith("text/html"), what + " gives a page: " + type);
        }
    }

    private long reportCount() {
        return QuarkusTransaction.requiringNew().call(() -> reports.count());
    }

    private long zeroResultCount() {
        return QuarkusTransaction.requiringNew().call(() -> zeroResults.count());
    }
}
