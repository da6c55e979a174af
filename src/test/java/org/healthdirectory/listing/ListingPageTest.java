package org.healthdirectory.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingPageTest {

    private static final String DOG_WALKING = "/listings/069a8464-c41c-4424-ba42-17affba43221";

    @Inject
    ListingFixtures fixtures;

    @Test
    void showsEverythingAPersonNeedsToGoAlong() {
        given().when()
                .get(DOG_WALKING)
                .then()
                .statusCode(200)
                .body(containsString("<h1>Dog walking at Moston Paws</h1>"))
                .body(containsString("Moston Paws Cat and Dog Rescue"))
                .body(containsString("What happens"))
                .body(containsString("When it runs"))
                .body(containsString("M40 9NB"))
                .body(containsString("openstreetmap.org/?mlat="))
                .body(containsString("Free"))
                .body(containsString("How to join"))
                .body(containsString("Languages spoken"))
                .body(containsString("last checked on"));
    }

    @Test
    void whatTheProviderDidNotSayIsAskTheGroupNeverADefault() {
        UUID id = fixtures.draft("Unsaid facts club");
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        given().when()
                .get("/listings/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Ask the group"))
                .body(not(containsString("Just turn up")))
                .body(not(containsString("All ages")))
                .body(not(containsString("Languages spoken")))
                .body(not(containsString("Free")));
    }

    @Test
    void anUnpublishedListingIsNotFound() {
        UUID draft = fixtures.draft("Hidden draft activity");
        given().when().get("/listings/" + draft).then().statusCode(404).body(containsString("Page not found"));
        fixtures.move(draft, ListingStatus.PENDING);
        given().when().get("/listings/" + draft).then().statusCode(404);
    }

    @Test
    void aMalformedAddressIsNotFoundNotAnError() {
        given().when().get("/listings/not-a-uuid").then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    void providerTextIsEscaped() {
        UUID id = fixtures.draft("<script>alert('x')</script> Tea club");
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        given().when()
                .get("/listings/" + id)
                .then()
                .statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;alert("));
    }
}
