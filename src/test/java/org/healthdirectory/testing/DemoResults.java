package org.healthdirectory.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo entries a search finds, in order, over every page of the JSON API. Other test classes leave
 * entries of their own in the shared test database ("Dog walking 3fbddc"); tests about what the demo
 * content gives judge only the demo entries.
 */
public final class DemoResults {

    private static final int PAGE_SIZE = 20;
    private static final int MOST_PAGES = 20;
    private static final Set<String> DEMO_NAMES = demoListingNames();

    private DemoResults() {}

    /** One page of the JSON search. */
    public static JsonPath page(Map<String, String> params, int page) {
        return given().queryParams(params)
                .queryParam("page", page)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The names of the demo entries found, reading on from the first page already fetched. */
    public static List<String> names(Map<String, String> params, JsonPath first) {
        List<String> names = new ArrayList<>();
        long total = first.getLong("total");
        JsonPath page = first;
        for (int number = 1; ; page = page(params, ++number)) {
            page.getList("results.name", String.class).stream()
                    .filter(DEMO_NAMES::contains)
                    .forEach(names::add);
            if (number * (long) PAGE_SIZE >= total || number >= MOST_PAGES) {
                return names;
            }
        }
    }

    public static List<String> names(Map<String, String> params) {
        return names(params, page(params, 1));
    }

    private static Set<String> demoListingNames() {
        try {
            JsonPath demo = JsonPath.from(Files.readString(Path.of("content/demo/listings.json")));
            return Set.copyOf(demo.getList("listings.name", String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
