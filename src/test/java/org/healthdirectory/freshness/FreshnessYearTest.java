package org.healthdirectory.freshness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.PausedReason;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.web.DirectoryConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A year and a bit in the life of the directory: the clock moves day by day over the 101 demo listings
 * (plus three of our own), the freshness job runs every day as two instances at once, and what each
 * listing should get is worked out here from its last-confirmed date alone.
 */
@QuarkusTest
@TestProfile(SimulatedTimeProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshnessYearTest {

    private static final List<Integer> REMINDERS = List.of(6, 9, 11);
    private static final int HIDE = 13;
    private static final String HIDDEN = "hidden";

    @Inject
    SimulatedClock clock;

    @Inject
    FreshnessJob job;

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    @Inject
    ManageEntries manage;

    @Inject
    MailOutbox outbox;

    @Inject
    FreshnessMail texts;

    @Inject
    DirectoryConfig config;

    private final Map<String, Integer> sent = new TreeMap<>();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static Instant sevenAm(LocalDate day) {
        return day.atTime(7, 0).atZone(UkTime.ZONE).toInstant();
    }

    /** A job as a second app instance, or the first after a restart, would have: nothing kept in memory. */
    private FreshnessJob freshInstance() {
        return new FreshnessJob(entityManager, listings, manage, auditLog, outbox, texts, config, clock);
    }

    /** Runs the job twice at once, as two app instances would, and counts what they did. */
    private void runDay(LocalDate day) {
        clock.set(sevenAm(day));
        var first = CompletableFuture.supplyAsync(job::run);
        var second = CompletableFuture.supplyAsync(() -> freshInstance().run());
        for (FreshnessJob.Outcome outcome : List.of(first.join(), second.join())) {
            sent.merge("reminders", outcome.reminders(), Integer::sum);
            sent.merge(HIDDEN, outcome.hidden(), Integer::sum);
        }
    }

    private UUID publishedFixture(String name, LocalDate confirmedOn, String email) {
        UUID id = fixtures.draft(name);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        fixtures.setContactEmail(id, email);
        // Through the entity, so the search index gets the date too.
        QuarkusTransaction.requiringNew()
                .run(() -> listings.findById(id).confirm(sevenAm(confirmedOn).minusSeconds(3600)));
        return id;
    }

    private Listing load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.clear();
            return listings.findById(id);
        });
    }

    private List<String> searchResultNames(String word) {
        fixtures.awaitIndexed();
        return given().queryParam("q", word)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.name", String.class);
    }

    /** Steps recorded by threshold, for one listing or (null) for all. */
    private Map<Integer, Long> stepsRecorded(UUID onlyListing) {
        String where = onlyListing == null ? "" : "where listing_id = '" + onlyListing + "'";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select threshold_months, count(*) from freshness_reminder " + where
                                + " group by threshold_months")
                        .getResultList());
        Map<Integer, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    private static String linkIn(List<String> messages, String subject, String action) {
        Pattern link = Pattern.compile("http://[^\\s]+/reminders/[0-9a-f-]+/" + action + "\\?token=[A-Za-z0-9_-]+");
        return messages.stream()
                .filter(m -> m.contains(subject))
                .map(link::matcher)
                .filter(Matcher::find)
                .map(Matcher::group)
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    @Order(1)
    void remindsAtSixNineAndElevenMonthsWarnsAtTwelveAndHidesAtThirteen() {
        fixtures.awaitIndexed();
        LocalDate start = LocalDate.now(UkTime.ZONE);
        clock.set(sevenAm(start));
        String word = "Freshrank" + UUID.randomUUID().toString().substring(0, 6);
        String inbox = "freshness-" + UUID.randomUUID() + "@example.org";
        // Equal matches: the same words but the last, so only freshness (then the name) decides the order.
        UUID older = publishedFixture(word + " alpha", start.minusDays(300), "older-" + inbox);
        UUID newer = publishedFixture(word + " beta", start.minusDays(200), "newer-" + inbox);
        String watchedName = "Freshmail" + UUID.randomUUID().toString().substring(0, 6);
        UUID watched = publishedFixture(watchedName, start.minusDays(10), inbox);

        // What every published listing should get, from its last-confirmed date alone.
        Map<UUID, LocalDate> confirmedOn = new HashMap<>();
        QuarkusTransaction.requiringNew()
                .run(() -> listings.list("status", ListingStatus.PUBLISHED)
                        .forEach(l ->
                                confirmedOn.put(l.getId(), LocalDate.ofInstant(l.getLastConfirmedAt(), UkTime.ZONE))));
        assertEquals(104, confirmedOn.size(), "the 101 demo listings and our 3");
        LocalDate end = start.plusMonths(HIDE).plusDays(1);
        Map<Integer, Long> expected = new TreeMap<>();
        confirmedOn.values().forEach(confirmed -> {
            if (!confirmed.plusMonths(HIDE).isAfter(start)) {
                expected.merge(HIDE, 1L, Long::sum); // hidden on the first run, no reminders first
                return;
            }
            // Reminders due on the first run collapse into the latest one; later ones come on their day.
            int dueAtStart = REMINDERS.stream()
                    .filter(m -> !confirmed.plusMonths(m).isAfter(start))
                    .max(Integer::compare)
                    .orElse(0);
            REMINDERS.stream()
                    .filter(m -> m >= dueAtStart && !confirmed.plusMonths(m).isAfter(end))
                    .forEach(m -> expected.merge(m, 1L, Long::sum));
            expected.merge(HIDE, 1L, Long::sum);
        });

        LocalDate olderOutOfDate = start.minusDays(300).plusMonths(12);
        LocalDate olderHidden = start.minusDays(300).plusMonths(HIDE);
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            runDay(day);
            if (day.equals(olderOutOfDate.minusDays(1))) {
                assertEquals(
                        List.of(word + " alpha", word + " beta"), searchResultNames(word), "equal matches by name");
                given().when().get("/listings/" + older).then().body(not(containsString("may be out of date")));
            } else if (day.equals(olderOutOfDate)) {
                assertEquals(
                        List.of(word + " beta", word + " alpha"),
                        searchResultNames(word),
                        "a year unconfirmed ranks below the fresher equal match");
                given().when()
                        .get("/listings/" + older)
                        .then()
                        .body(containsString("This information may be out of date"));
            } else if (day.equals(olderHidden.minusDays(1))) {
                assertEquals(ListingStatus.PUBLISHED, load(older).getStatus());
                assertEquals(2, searchResultNames(word).size());
            } else if (day.equals(olderHidden)) {
                Listing hidden = load(older);
                assertEquals(ListingStatus.PAUSED, hidden.getStatus());
                assertEquals(PausedReason.OUT_OF_DATE, hidden.getPausedReason());
                // The index shows a change after its next refresh (within a second).
                Awaitility.await().untilAsserted(() -> assertEquals(List.of(word + " beta"), searchResultNames(word)));
                assertEquals(1, fixtures.searchHits(word), "out of the index");
                given().when().get("/listings/" + older).then().statusCode(404);
                assertTrue(QuarkusTransaction.requiringNew().call(() -> auditLog.forSubject(older)).stream()
                        .anyMatch(e -> e.getAction().equals("listing.hidden-out-of-date")
                                && e.getActor().equals("system")));
            }
        }

        Map<Integer, Long> recorded = stepsRecorded(null);
        assertEquals(expected, recorded);
        long reminders =
                REMINDERS.stream().mapToLong(m -> expected.getOrDefault(m, 0L)).sum();
        assertEquals(reminders, sent.get("reminders").longValue(), "no reminder sent twice by the two instances");
        assertEquals(expected.get(HIDE).longValue(), sent.get(HIDDEN).longValue());
        assertEquals(104L, expected.get(HIDE).longValue());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> listings.countPublished()));
        assertEquals(Map.of(6, 1L, 9, 1L, 11, 1L, 13, 1L), stepsRecorded(watched));

        // The emails arrive: three reminders, then the "hidden" email, each once.
        Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(inbox).size() >= 4);
        List<String> messages = Mailbox.messages(inbox);
        assertEquals(4, messages.size());
        assertEquals(
                3,
                messages.stream()
                        .filter(m -> m.contains("Is your listing still correct?"))
                        .count());
        assertEquals(
                1,
                messages.stream()
                        .filter(m -> m.contains("We have hidden your listing"))
                        .count());

        // The provider clicks "still correct" in the last email: the listing is back, audited.
        String confirm = linkIn(messages, "We have hidden your listing", "still-correct");
        String path = confirm.substring(confirm.indexOf("/reminders/"));
        Response page = given().when().get(path);
        page.then().statusCode(200);
        given().cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .formParam("token", path.substring(path.indexOf("token=") + 6))
                .when()
                .post(path.substring(0, path.indexOf('?')))
                .then()
                .statusCode(200)
                .body(containsString("still correct"));
        Listing back = load(watched);
        assertEquals(ListingStatus.PUBLISHED, back.getStatus());
        assertNull(back.getPausedReason());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> auditLog.forSubject(watched)).stream()
                .anyMatch(e -> e.getAction().equals("listing.republished")));
        fixtures.awaitIndexed();
        Awaitility.await().untilAsserted(() -> assertEquals(1, fixtures.searchHits(watchedName)));

        // A new confirmation starts a new period: six months on, one new reminder, and only for it.
        LocalDate confirmedAgain = end;
        for (LocalDate day = end.plusDays(1); !day.isAfter(confirmedAgain.plusMonths(6)); day = day.plusDays(1)) {
            runDay(day);
        }
        assertEquals(Map.of(6, 2L, 9, 1L, 11, 1L, 13, 1L), stepsRecorded(watched));
        assertEquals(expected.get(6) + 1, stepsRecorded(null).get(6).longValue());
        Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(inbox).size() >= 5);
        assertEquals(5, Mailbox.messages(inbox).size());
    }

    /** Runs after the year above, so the demo entries it counts are not touched by this one. */
    @Test
    @Order(2)
    void anOrganisationWithSeveralEntriesDueGetsOneEmailListingThemAll() {
        LocalDate today = LocalDate.now(org.healthdirectory.listing.UkTime.ZONE);
        clock.set(sevenAm(today));
        String inbox = "several-" + UUID.randomUUID() + "@example.org";
        String word = "Severalmail" + UUID.randomUUID().toString().substring(0, 6);
        UUID first = publishedFixture(word + " walking", today.minusDays(200), inbox);
        List<UUID> all = new java.util.ArrayList<>(List.of(first));
        for (String name : List.of(word + " cookery", word + " singing")) {
            UUID id = fixtures.draftAlongside(first, name);
            fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
            QuarkusTransaction.requiringNew().run(() -> listings.findById(id).confirm(sevenAm(today.minusDays(200))));
            all.add(id);
        }
        try {
            // Two instances at once, as at 07:00 with two replicas: still one email, listing all three.
            var second = CompletableFuture.supplyAsync(() -> freshInstance().run());
            FreshnessJob.Outcome outcome = job.run();
            assertTrue(outcome.reminders() + second.join().reminders() >= 3);
            all.forEach(id -> assertEquals(Map.of(6, 1L), stepsRecorded(id)));

            Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> !Mailbox.messages(inbox).isEmpty());
            String message = Mailbox.messages(inbox).get(0);
            assertTrue(message.contains("Are your 3 listings still correct?"), message);
            for (String name : List.of(word + " walking", word + " cookery", word + " singing")) {
                assertTrue(message.contains(name), () -> name + " is in the one email");
            }
            Matcher links = Pattern.compile("/reminders/[0-9a-f-]+/still-correct\\?token=")
                    .matcher(message);
            assertEquals(3, links.results().count(), "a one-click link for each entry");
            assertTrue(message.contains("/manage"), "and the way to sign in");
            assertEquals(1, Mailbox.messages(inbox).size());
        } finally {
            all.forEach(id -> fixtures.move(id, ListingStatus.ARCHIVED));
        }
    }
}
