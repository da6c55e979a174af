package org.healthdirectory.openreferral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A listing with every kind of session pattern, at two venues, goes out through our Open Referral API
 * (valid against the ORUK service schema) and comes back through the import with the same sessions at
 * the same venues: another directory that reads our feed shows the same dates we do.
 */
@QuarkusTest
class SchedulePatternsRoundTripTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime HALF_ELEVEN = LocalTime.of(11, 30);

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    OrukImport imports;

    @Inject
    SourceRecords records;

    private final List<String> sources = new ArrayList<>();
    private UUID original;

    @AfterEach
    void removeBoth() {
        QuarkusTransaction.requiringNew().run(() -> {
            sources.forEach(source -> ImportedEntries.remove(source, records, listings));
            if (original != null) {
                listings.findById(original).moveTo(ListingStatus.ARCHIVED, java.time.Instant.now());
            }
        });
    }

    /** Every pattern a provider can give, and the venue it is at. */
    private static Map<SessionPattern, String> everyPattern() {
        return Map.of(
                SessionPattern.weekly(List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), TEN, HALF_ELEVEN)
                        .skippingBankHolidays(true)
                        .withCancelled(List.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-29"))),
                "Hope Park pavilion",
                SessionPattern.everyWeeks(
                                2, LocalDate.parse("2026-12-01"), List.of(DayOfWeek.TUESDAY), TEN, HALF_ELEVEN)
                        .between(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-06-29"))
                        .withCancelled(List.of(LocalDate.parse("2026-12-29"))),
                "Hope Park pavilion",
                SessionPattern.monthlyOnWeekday(2, DayOfWeek.SUNDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)),
                "St Mary's church hall",
                SessionPattern.monthlyOnWeekday(-1, DayOfWeek.SATURDAY, TEN, LocalTime.NOON),
                "St Mary's church hall",
                SessionPattern.monthlyOnDay(15, LocalTime.of(18, 0), LocalTime.of(19, 0)),
                "St Mary's church hall",
                SessionPattern.onDates(
                        List.of(
                                LocalDate.parse("2027-01-09"),
                                LocalDate.parse("2027-02-13"),
                                LocalDate.parse("2027-03-13")),
                        LocalTime.of(13, 0),
                        LocalTime.of(15, 0)),
                "Hope Park pavilion",
                SessionPattern.weekly(List.of(DayOfWeek.MONDAY), LocalTime.of(15, 30), LocalTime.of(16, 30))
                        .termTimeOnly(true),
                "St Mary's church hall",
                SessionPattern.byAppointment(),
                "St Mary's church hall");
    }

    @Test
    void everySessionPatternSurvivesExportAndImportAtItsVenue() {
        original = fixtures.draft("Roundtrip patterns " + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            Listing listing = listings.findById(original);
            listing.getVenues().clear();
            Map<String, Venue> venues = Map.of(
                    "Hope Park pavilion",
                    new Venue(
                            UUID.randomUUID(),
                            VenueMode.IN_PERSON,
                            "Hope Park pavilion",
                            "Hope Road, Manchester",
                            "M14 5AS"),
                    "St Mary's church hall",
                    new Venue(
                            UUID.randomUUID(),
                            VenueMode.IN_PERSON,
                            "St Mary's church hall",
                            "1 Church Lane, Manchester",
                            "M40 9NB"));
            venues.values().forEach(listing::addVenue);
            everyPattern().forEach((pattern, venue) -> {
                Session session = new Session(UUID.randomUUID(), pattern);
                session.setVenue(venues.get(venue));
                listing.addSession(session);
            });
        });
        fixtures.move(original, ListingStatus.PENDING, ListingStatus.PUBLISHED);

        String service = given().when()
                .get("/openreferral/services/" + original)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OrukSchemas.assertValid("service", service);

        String source = "pattern-round-trip-" + UUID.randomUUID();
        sources.add(source);
        ImportJob job = imports.importText(source, service, "admin");
        assertEquals(1, job.getCreated(), () -> "" + job.getReport());
        UUID copy = records.find(source, SourceRecord.Type.SERVICE, original.toString())
                .orElseThrow()
                .getLocalId();

        assertEquals(sessionsAtVenues(original), sessionsAtVenues(copy));
        assertEquals(everyPattern(), sessionsAtVenues(copy), "the copy has exactly the sessions we gave");
    }

    private Map<SessionPattern, String> sessionsAtVenues(UUID listing) {
        return QuarkusTransaction.requiringNew()
                .call(() -> listings.findById(listing).getSessions().stream()
                        .collect(Collectors.toMap(
                                Session::pattern, s -> s.getVenue().getName())));
    }
}
