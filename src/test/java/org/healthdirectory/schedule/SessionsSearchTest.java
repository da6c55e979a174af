package org.healthdirectory.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.ScheduleText;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Today", "in the next 7 days" and "open now" find listings by the sessions they run, and hits say the next one. */
@QuarkusTest
class SessionsSearchTest {

    /** A made-up word of this run only, so listings left by earlier runs (on other days) never match. */
    private static final String WORD = randomWord();

    private static boolean created;

    @Inject
    ListingFixtures fixtures;

    @Inject
    Clock clock;

    private LocalDate today;

    private static String randomWord() {
        java.util.Random random = new java.util.Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @BeforeEach
    void listingsWithSessions() {
        today = clock.instant().atZone(UkTime.ZONE).toLocalDate();
        if (created) {
            return;
        }
        created = true;
        // A whole-day session (midnight to midnight) is on whenever the test runs.
        SessionPattern allToday = SessionPattern.onDates(List.of(today), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        publish("Drop-in today " + WORD, HowToJoin.JUST_TURN_UP, allToday);
        publish("Booked today " + WORD, HowToJoin.BOOK, allToday);
        publish(
                "In three days " + WORD,
                HowToJoin.JUST_TURN_UP,
                SessionPattern.onDates(List.of(today.plusDays(3)), LocalTime.of(10, 0), LocalTime.of(11, 0)));
        publish(
                "In ten days " + WORD,
                HowToJoin.JUST_TURN_UP,
                SessionPattern.onDates(List.of(today.plusDays(10)), LocalTime.of(10, 0), null));
        fixtures.awaitIndexed();
        fixtures.refreshIndex();
    }

    private void publish(String name, HowToJoin howToJoin, SessionPattern pattern) {
        UUID id = fixtures.draft(name + " " + UUID.randomUUID().toString().substring(0, 8));
        fixtures.setSessions(id, howToJoin, pattern);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
    }

    private List<String> names(String when) {
        return given()
                .queryParam("q", WORD)
                .queryParam("when", when)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.name", String.class)
                .stream()
                .map(n -> n.substring(0, n.indexOf(" " + WORD)))
                .distinct()
                .toList();
    }

    @Test
    void findsWhatRunsTodayThisWeekAndIsOpenNow() {
        org.hamcrest.MatcherAssert.assertThat(names("today"), containsInAnyOrder("Drop-in today", "Booked today"));
        org.hamcrest.MatcherAssert.assertThat(
                names("week"), containsInAnyOrder("Drop-in today", "Booked today", "In three days"));
        org.hamcrest.MatcherAssert.assertThat(names("now"), containsInAnyOrder("Drop-in today"));
        org.hamcrest.MatcherAssert.assertThat(
                names("any"), containsInAnyOrder("Drop-in today", "Booked today", "In three days", "In ten days"));
    }

    @Test
    void eachHitSaysWhenItIsNext() {
        given().queryParam("q", "In three days " + WORD)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body(
                        "results.find { it.name.startsWith('In three days') }.nextSession",
                        equalTo("Next: " + ScheduleText.date(today.plusDays(3)) + ", 10am"));
        given().queryParam("q", "In ten days " + WORD)
                .get("/api/v1/search")
                .then()
                .body("results.find { it.name.startsWith('In ten days') }.nextSession", startsWith("Next: "));
    }

    @Test
    void anUnknownChoiceIsABadRequest() {
        given().queryParam("when", "tomorrow").get("/api/v1/search").then().statusCode(400);
    }
}
