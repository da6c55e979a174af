package org.healthdirectory.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
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
        RawResponse response = RawResponse.send("GET " + address + " HTTP/1.1\r\n", "", "");
        assertRefused(response, address);
        assertEquals(zeroResultsBefore, zeroResultCount(), "no zero-result search recorded for " + why);
    }

    /** The HTTP layer (Vert.x) refuses an address it cannot decode before any of our code runs: an empty 400. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/search?q=%zz", "/api/v1/search?q=%zz"})
    void undecodableAddressesAreRefusedByTheHttpLayer(String address) {
        long zeroResultsBefore = zeroResultCount();
        RawResponse response = RawResponse.send("GET " + address + " HTTP/1.1\r\n", "", "");
        assertEquals(400, response.status(), address);
        assertFalse(response.text().contains("at org."), address + " shows no stack trace");
        assertEquals(zeroResultsBefore, zeroResultCount());
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
        RawResponse response = RawResponse.send(
                "POST /listings/" + DOG_WALKING + "/report HTTP/1.1\r\n",
                "Cookie: csrf-token=" + page.getCookie("csrf-token") + "\r\nContent-Type: " + contentType + "\r\n",
                "csrf-token=" + token + "&" + fields);
        assertRefused(response, why);
        assertEquals(before, reportCount(), "no report stored for " + why);
    }

    /** A request written by hand, as a hostile client would: nothing checks or re-encodes it on the way. */
    private record RawResponse(int status, String contentType, String text) {

        static RawResponse send(String requestLine, String headers, String body) {
            int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String request = requestLine + "Host: localhost:" + port + "\r\n" + headers + "Content-Length: "
                    + bytes.length + "\r\nConnection: close\r\n\r\n";
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.write(bytes);
                out.flush();
                String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int status = Integer.parseInt(text.substring(9, 12));
                String type = text.lines()
                        .takeWhile(line -> !line.isEmpty())
                        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                        .map(line -> line.substring("content-type:".length()).trim())
                        .findFirst()
                        .orElse("");
                return new RawResponse(status, type, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void assertRefused(RawResponse response, String what) {
        assertEquals(400, response.status(), what + ": " + response.text());
        assertFalse(response.text().contains("Exception"), what + " shows no exception");
        assertFalse(response.text().contains("at org."), what + " shows no stack trace");
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
