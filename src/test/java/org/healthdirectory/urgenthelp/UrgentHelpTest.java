package org.healthdirectory.urgenthelp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person who types words of crisis or abuse is shown urgent help first, then activities. */
@QuarkusTest
class UrgentHelpTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    private static String searchPage(String words) {
        return given().queryParam("q", words)
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void crisisWordsShowThePanelWithNumbersToCallAndText() {
        String html = searchPage("suicidal");
        assertThat(html, containsString("id=\"urgent-help\""));
        assertThat(html, containsString("href=\"tel:999\""));
        assertThat(html, containsString("href=\"tel:111\""));
        assertThat(html, containsString("href=\"tel:116123\""));
        assertThat(html, containsString("href=\"sms:85258?&amp;body=SHOUT\""));
        // Crisis alone: no domestic abuse helpline, no quick exit.
        assertThat(html, not(containsString("tel:08082000247")));
        assertThat(html, not(containsString("Exit this page")));
        // The panel comes before the results and the no-results advice.
        assertTrue(html.indexOf("id=\"urgent-help\"") < html.indexOf("id=\"result-count\""), html);
    }

    @Test
    void aPhraseWithAMisspellingStillShowsThePanel() {
        assertThat(searchPage("i wanna die"), containsString("id=\"urgent-help\""));
        assertThat(searchPage("i want to die"), containsString("id=\"urgent-help\""));
        assertThat(searchPage("sucidal thoughts"), containsString("id=\"urgent-help\""));
    }

    @Test
    void matchingActivitiesStillShowBelowThePanel() {
        String html = searchPage("lonely and depressed, I want to die");
        assertThat(html, containsString("id=\"urgent-help\""));
        int panel = html.indexOf("id=\"urgent-help\"");
        int firstResult = html.indexOf("nhsuk-card__heading");
        assertTrue(firstResult > panel, "activities are listed after the panel");
    }

    @Test
    void abuseWordsAddTheHelplineAndAQuickExitThatWorksWithoutJavaScript() {
        String html = searchPage("my partner hits me");
        assertThat(html, containsString("href=\"tel:08082000247\""));
        assertThat(html, containsString("href=\"https://www.bbc.co.uk/weather\""));
        assertThat(html, containsString("Exit this page"));
        assertThat(html, matchesPattern("(?s).*src=\"/assets/exit-this-page\\.[0-9a-f]+\\.js\".*"));
    }

    @Test
    void everydaySearchesShowNoPanel() {
        String html = searchPage("walking group");
        assertThat(html, not(containsString("id=\"urgent-help\"")));
        assertThat(html, not(containsString("Exit this page")));
    }

    @Test
    void theApiSaysWhenUrgentHelpApplies() {
        given().queryParam("q", "domestic abuse")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("urgentHelp.reason", equalTo("abuse"))
                .body("urgentHelp.url", equalTo("/get-help-now"))
                .body("urgentHelp.contacts.name", hasItems("999", "Samaritans", "National Domestic Abuse Helpline"));
        given().queryParam("q", "suicide")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("urgentHelp.reason", equalTo("crisis"));
        given().queryParam("q", "swimming")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("urgentHelp", nullValue());
    }

    @Test
    void getHelpNowIsLinkedFromEveryFooter() {
        for (String path : new String[] {"/", "/search?q=walking", "/pages/about"}) {
            assertThat(
                    given().get(path).then().statusCode(200).extract().asString(),
                    containsString("href=\"/get-help-now\""));
        }
        String help =
                given().get("/get-help-now").then().statusCode(200).extract().asString();
        assertThat(help, containsString("<h1>Get help now</h1>"));
        assertThat(help, containsString("href=\"tel:116123\""));
        assertThat(help, containsString("href=\"tel:08082000247\""));
        assertThat(help, containsString("Exit this page"));
    }
}
