package org.healthdirectory.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages are light on a slow phone connection: compressed (Brotli or gzip), styles and scripts under
 * content-hashed names that browsers keep for a year, and a stylesheet built without the Frutiger font.
 */
@QuarkusTest
class LightPagesTest {

    /** Ask as a browser does, and look at the bytes as they came over the wire. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    private static String homePage() {
        return given().get("/").then().statusCode(200).extract().asString();
    }

    private static String assetIn(String html, String extension) {
        Matcher m = Pattern.compile("/assets/directory\\.[0-9a-f]{12}\\." + extension)
                .matcher(html);
        assertTrue(m.find(), "the page links a fingerprinted " + extension + " file");
        return m.group();
    }

    @Test
    void pagesGoOutCompressedWithBrotliOrGzip() {
        given().config(RAW)
                .header("Accept-Encoding", "br")
                .get("/")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "br");
        given().config(RAW)
                .header("Accept-Encoding", "gzip")
                .get("/search?q=walking")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
        String css = assetIn(homePage(), "css");
        given().config(RAW)
                .header("Accept-Encoding", "gzip, br")
                .get(css)
                .then()
                .statusCode(200)
                .header("Content-Encoding", not(equalTo("identity")));
    }

    @Test
    void fingerprintedFilesAreCachedForAYear() {
        String html = homePage();
        for (String asset : new String[] {assetIn(html, "css"), assetIn(html, "js")}) {
            given().get(asset).then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable");
        }
        // Pages themselves are not cached that way: they change with every entry.
        given().get("/").then().header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void theStylesheetUsesArialAndNeverAsksForFrutiger() {
        String css = given().get(assetIn(homePage(), "css")).then().extract().asString();
        assertTrue(css.contains("arial"), "Arial font stack");
        assertTrue(!css.contains("Frutiger") && !css.contains("@font-face"), "no web font");
        // The print styles drop the "(Link: ...)" addresses the NHS.UK frontend adds after links.
        assertTrue(css.contains("content:none"), "print styles remove link addresses");
    }

    @Test
    void theFirstVisitToTheHomePageIsUnder100Kilobytes() {
        String html = homePage();
        long total = given().config(RAW)
                .header("Accept-Encoding", "br, gzip")
                .get("/")
                .then()
                .extract()
                .asByteArray()
                .length;
        Matcher assets = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+|/nhsuk/assets/images/favicon\\.svg)\"")
                .matcher(html);
        while (assets.find()) {
            total += given().config(RAW)
                    .header("Accept-Encoding", "br, gzip")
                    .get(assets.group(1))
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray()
                    .length;
        }
        // The NHS.UK frontend module imports nothing else; count it too.
        String entry = given().get(assetIn(html, "js")).then().extract().asString();
        Matcher imported =
                Pattern.compile("/assets/nhsuk-frontend\\.[0-9a-f]{12}\\.js").matcher(entry);
        assertTrue(imported.find(), "the entry module imports the NHS.UK frontend");
        total += given().config(RAW)
                .header("Accept-Encoding", "br, gzip")
                .get(imported.group())
                .then()
                .extract()
                .asByteArray()
                .length;
        assertTrue(total < 100 * 1024, "home page first visit is " + total + " bytes");
    }
}
