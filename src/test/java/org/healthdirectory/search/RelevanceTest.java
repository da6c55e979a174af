package org.healthdirectory.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.healthdirectory.testing.DemoResults;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relevance test set (src/test/resources/relevance/queries.tsv): realistic searches with typos,
 * synonyms, conditions, crisis words, postcodes and filters, each with the results people would expect
 * near the top, those that must not be there, and whether the urgent-help panel must show.
 */
@QuarkusTest
class RelevanceTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        // Other tests' entries may have just been removed: wait until the index has caught up and shows it.
        fixtures.awaitIndexed();
        fixtures.refreshIndex();
    }

    static Stream<Arguments> queries() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/relevance/queries.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cells -> Arguments.of(
                        cells[0],
                        cells[1],
                        Integer.parseInt(cells[2].trim()),
                        cells.length > 3 ? cells[3] : "-",
                        cells.length > 4 ? cells[4] : "-"));
    }

    @ParameterizedTest(name = "{0} → {1} in the top {2}, not {3}; {4}")
    @MethodSource("queries")
    void findsWhatPeopleMean(String parameters, String acceptable, int within, String unwanted, String checks) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : parameters.split("&")) {
            String[] nameValue = pair.split("=", 2);
            params.put(nameValue[0], nameValue[1]);
        }
        JsonPath json = DemoResults.page(params, 1);
        List<String> names = DemoResults.names(params, json);
        List<String> top = names.subList(0, Math.min(within, names.size()));
        if (!acceptable.equals("-")) {
            List<String> wanted = Arrays.asList(acceptable.split("\\|"));
            assertTrue(
                    top.stream().anyMatch(wanted::contains),
                    "for " + parameters + " expected one of " + wanted + " in the top " + within + " but got " + names);
        }
        int unwantedWithin = within;
        for (String check : checks.equals("-") ? new String[0] : checks.split(",")) {
            if (check.trim().matches("\\d+")) {
                // A bare number: how near the top the unwanted names must not be.
                unwantedWithin = Integer.parseInt(check.trim());
            } else {
                check(parameters, check.trim(), json, names);
            }
        }
        if (!unwanted.equals("-")) {
            List<String> notWanted = Arrays.asList(unwanted.split("\\|"));
            List<String> near = names.subList(0, Math.min(unwantedWithin, names.size()));
            assertTrue(
                    near.stream().noneMatch(notWanted::contains),
                    "for " + parameters + " expected none of " + notWanted + " in the top " + unwantedWithin
                            + " but got " + names);
        }
    }

    private static void check(String parameters, String check, JsonPath json, List<String> names) {
        String because = "for " + parameters + " expected " + check + " but got " + names.size()
                + " demo results, urgent help " + json.getString("urgentHelp.reason") + ": " + names;
        if (check.startsWith("urgent=")) {
            String reason = check.substring("urgent=".length());
            assertEquals(reason.equals("none") ? null : reason, json.getString("urgentHelp.reason"), because);
        } else if (check.startsWith("total<=")) {
            assertTrue(names.size() <= Long.parseLong(check.substring(7)), because);
        } else if (check.startsWith("total>=")) {
            assertTrue(names.size() >= Long.parseLong(check.substring(7)), because);
        } else {
            throw new IllegalArgumentException("Unknown check " + check + " for " + parameters);
        }
    }
}
