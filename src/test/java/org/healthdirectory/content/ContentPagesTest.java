package org.healthdirectory.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ContentPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"about", "privacy", "accessibility", "help-for-providers"})
    void rendersEachSitePageFromMarkdownWithItsTitle(String slug) {
        String title = new MarkdownPages(() -> "en").find(slug).orElseThrow().title();
        given().when()
                .get("/pages/" + slug)
                .then()
                .statusCode(200)
                .body(containsString("<title>" + title.replace("'", "&#39;")))
                .body(containsString("<h1>"))
                .body(not(containsString("# ")));
    }

    @Test
    void refusesPathTricks() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/pages/..%2Fapplication")
                .then()
                .statusCode(404);
        given().when().get("/pages/ABOUT").then().statusCode(404);
    }
}
