package org.healthdirectory.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.ScheduleText;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.schedule.WhenWhereChanges;
import org.healthdirectory.schedule.WhenWhereForm;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;

/**
 * A live listing's "When and where" waits for a moderator, who sees only the Where and When rows change;
 * once approved, the public page and the iCalendar file show the new times.
 */
@QuarkusTest
class WhenWhereModerationTest {

    private static final Staff MODERATOR = new Staff("moderator-test", Set.of());
    private static final String OWNER = "test@example.org";

    @Inject
    ListingFixtures fixtures;

    @Inject
    WhenWhereChanges changes;

    @Inject
    Decisions decisions;

    @Inject
    RevisionRepository revisions;

    @Inject
    ContentCatalogue catalogue;

    @Inject
    Clock clock;

    private static MultivaluedHashMap<String, String> place(
            MultivaluedHashMap<String, String> form, int p, String name, String day, LocalDate first) {
        form.putSingle("p" + p + "-mode", "IN_PERSON");
        form.putSingle("p" + p + "-name", name);
        form.putSingle("p" + p + "-t0-often", "WEEKLY");
        form.putSingle("p" + p + "-t0-interval", "2");
        form.putSingle("p" + p + "-t0-days", day);
        form.putSingle("p" + p + "-t0-first", first.toString());
        form.putSingle("p" + p + "-t0-start", "10:00");
        form.putSingle("p" + p + "-t0-end", "11:30");
        return form;
    }

    private WhenWhere parse(MultivaluedHashMap<String, String> form) {
        WhenWhereForm.Parsed parsed = WhenWhereForm.parse(form, postcode -> Optional.empty());
        assertEquals(List.of(), parsed.errors());
        return parsed.value();
    }

    private Revision waitingRevision(UUID id) {
        return revisions
                .list("listing.id = ?1 and status = ?2", id, RevisionStatus.PENDING)
                .get(0);
    }

    @Test
    void aMovedSessionAndASecondPlaceWaitForAModeratorThenShowOnThePageAndInTheCalendar() {
        UUID id = fixtures.draft(
                "Dog walking when-where " + UUID.randomUUID().toString().substring(0, 8));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        LocalDate today = clock.instant().atZone(UkTime.ZONE).toLocalDate();
        LocalDate tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        // Fortnightly on Tuesdays at a named venue: waits for checks.
        assertEquals(
                ManageEntries.EditOutcome.SENT_FOR_CHECKING,
                changes.save(OWNER, id, parse(place(new MultivaluedHashMap<>(), 0, "Hope Park Hall", "TU", tuesday))));
        given().get("/listings/" + id).then().statusCode(200).body(not(containsString("Every other Tuesday")));
        Revision first = waitingRevision(id);
        List<FieldChange> rows = revisionRows(first);
        assertTrue(rows.stream()
                .anyMatch(r -> r.label().equals("When")
                        && r.changed()
                        && r.proposed().contains("Every other Tuesday, 10am to 11:30am")));
        decisions.approve(first.getId(), MODERATOR, null);
        given().get("/listings/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Every other Tuesday, 10am to 11:30am"))
                .body(containsString(ScheduleText.date(tuesday)));

        // Later: Wednesdays instead, and a second venue. The moderator sees exactly that.
        WhenWhere now = changes.current(OWNER, id).whenWhere();
        MultivaluedHashMap<String, String> form =
                place(new MultivaluedHashMap<>(), 0, "Hope Park Hall", "WE", tuesday.plusDays(1));
        form.putSingle(
                "p0-id",
                now.places().stream()
                        .filter(p -> "Hope Park Hall".equals(p.name()))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .toString());
        place(form, 1, "Riverside Centre", "SA", tuesday.plusDays(4));
        assertEquals(ManageEntries.EditOutcome.SENT_FOR_CHECKING, changes.save(OWNER, id, parse(form)));
        Revision second = waitingRevision(id);
        List<FieldChange> diff = revisionRows(second);
        assertEquals(
                List.of("Where", "When"), diff.stream().map(FieldChange::label).toList());
        FieldChange when = diff.get(1);
        assertTrue(when.published().contains("Every other Tuesday"), when.published());
        assertTrue(when.proposed().contains("Every other Wednesday"), when.proposed());
        assertTrue(
                diff.get(0).proposed().contains("Riverside Centre"), diff.get(0).proposed());
        decisions.approve(second.getId(), MODERATOR, null);

        given().get("/listings/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Every other Wednesday, 10am to 11:30am"))
                .body(containsString("Riverside Centre"))
                .body(containsString(ScheduleText.date(tuesday.plusDays(1))))
                .body(not(containsString("Every other Tuesday")));
        String ics = given().get("/listings/" + id + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();
        assertTrue(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE\r\n"), ics);
        assertTrue(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SA\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Riverside Centre\r\n"), ics);
        assertTrue(!ics.contains("BYDAY=TU"), ics);
    }

    private List<FieldChange> revisionRows(Revision revision) {
        return RevisionDiffs.rows(revisions, revision.getId(), catalogue);
    }
}
