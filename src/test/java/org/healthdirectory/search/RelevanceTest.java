package org.healthdirectory.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relevance test set (src/test/resources/relevance/queries.tsv): realistic searches with typos,
 * synonyms, postcodes and filters, each with the results people would expect near the top.
 */
@QuarkusTest
class RelevanceTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    static Stream<Arguments> queries() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/relevance/queries.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cells -> Arguments.of(cells[0], cells[1], Integer.parseInt(cells[2].trim())));
    }

    @ParameterizedTest(name = "{0} → {1} in the top {2}")
    @MethodSource("queries")
    void findsWhatPeopleMean(String parameters, String acceptable, int within) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : parameters.split("&")) {
            String[] nameValue = pair.split("=", 2);
            params.put(nameValue[0], nameValue[1]);
        }
        List<String> names = given().queryParams(params)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.name", String.class);
        List<String> top = names.subList(0, Math.min(within, names.size()));
        List<String> wanted = Arrays.asList(acceptable.split("\\|"));
        assertTrue(
                top.stream().anyMatch(wanted::contains),
                "for " + parameters + " expected one of " + wanted + " in the top " + within + " but got " + names);
    }
}
