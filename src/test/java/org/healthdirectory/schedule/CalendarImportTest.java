package org.healthdirectory.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.moderation.RevisionStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.Test;

/**
 * A provider gives the address of a calendar they keep elsewhere (here: another listing's calendar file,
 * served by the app itself). Reading it proposes those sessions for moderation; reading it again proposes
 * nothing new; an address that does not answer changes nothing.
 */
@QuarkusTest
class CalendarImportTest {

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    RevisionRepository revisions;

    @Inject
    CalendarImport calendars;

    private final SessionPattern fortnightly = SessionPattern.everyWeeks(
                    2,
                    LocalDate.parse("2026-12-01"),
                    List.of(DayOfWeek.TUESDAY),
                    LocalTime.of(10, 0),
                    LocalTime.of(11, 30))
            .between(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-12-28"));
    private final SessionPattern monthly =
            SessionPattern.monthlyOnWeekday(-1, DayOfWeek.SATURDAY, LocalTime.of(14, 0), LocalTime.of(16, 0));

    private UUID live(String name) {
        UUID id = fixtures.draft(name + " " + UUID.randomUUID().toString().substring(0, 8));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        return id;
    }

    private void setCalendar(UUID id, String url) {
        QuarkusTransaction.requiringNew().run(() -> listings.findById(id).setCalendarUrl(url));
    }

    private List<Revision> waiting(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> revisions.list(
                        "listing.id = ?1 and kind = ?2 and status = ?3",
                        id,
                        RevisionKind.WHEN_WHERE,
                        RevisionStatus.PENDING));
    }

    @Test
    void theSessionsInAProvidersCalendarWaitForAModeratorOnce() {
        UUID elsewhere = live("Calendar source");
        fixtures.setSessions(elsewhere, HowToJoin.JUST_TURN_UP, fortnightly, monthly);
        UUID mine = live("Calendar reader");
        setCalendar(mine, TestUrls.baseUrl() + "/listings/" + elsewhere + "/calendar.ics");

        calendars.readAll();
        List<Revision> proposed = waiting(mine);
        assertEquals(1, proposed.size(), "one change waits for checks");
        WhenWhere whenWhere = proposed.get(0).getWhenWhere();
        assertEquals(
                java.util.Set.of(fortnightly, monthly),
                whenWhere.places().get(0).times().stream()
                        .map(WhenWhere.Time::pattern)
                        .collect(java.util.stream.Collectors.toSet()));
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> listings.findById(mine).getSessions().isEmpty()),
                "the public page keeps the old times until a moderator approves");

        calendars.readAll();
        assertEquals(proposed.get(0).getId(), waiting(mine).get(0).getId(), "reading it again proposes nothing new");
    }

    @Test
    void twoInstancesReadingAtOnceProposeTheChangeOnce() throws Exception {
        UUID elsewhere = live("Calendar source twice");
        fixtures.setSessions(elsewhere, HowToJoin.JUST_TURN_UP, fortnightly);
        UUID mine = live("Calendar reader twice");
        setCalendar(mine, TestUrls.baseUrl() + "/listings/" + elsewhere + "/calendar.ics");

        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> runs = two.invokeAll(List.of(
                    () -> {
                        start.await();
                        return calendars.readAll();
                    },
                    () -> {
                        start.await();
                        return calendars.readAll();
                    }));
            for (java.util.concurrent.Future<Integer> run : runs) {
                run.get(); // neither reader failed
            }
        } finally {
            two.shutdown();
        }
        assertEquals(1, waiting(mine).size(), "one waiting change, not two");
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> revisions.count("listing.id = ?1 and kind = ?2", mine, RevisionKind.WHEN_WHERE)),
                "and none replaced by its twin");
    }

    @Test
    void aCalendarThatDoesNotAnswerChangesNothing() {
        UUID mine = live("Calendar gone");
        setCalendar(mine, TestUrls.baseUrl() + "/listings/" + UUID.randomUUID() + "/calendar.ics");
        calendars.readAll();
        assertEquals(List.of(), waiting(mine));
    }
}
