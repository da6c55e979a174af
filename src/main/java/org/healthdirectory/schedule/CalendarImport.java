package org.healthdirectory.schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.openreferral.FeedReader;
import org.healthdirectory.registration.ManageEntries.EditOutcome;
import org.jboss.logging.Logger;

/**
 * Reads the public calendars providers gave (so they do not type the same events into every directory)
 * into their live listings' sessions, on the schedule in {@code directory.calendar-import.every}. A
 * change goes through moderation like one typed on the page; reading the same calendar again proposes
 * nothing new. Two instances reading at once are safe: a change is proposed under a lock on the listing.
 */
@ApplicationScoped
public class CalendarImport {

    private static final Logger LOG = Logger.getLogger(CalendarImport.class);

    private final ListingRepository listings;
    private final FeedReader web;
    private final WhenWhereChanges changes;
    private final Clock clock;

    CalendarImport(ListingRepository listings, FeedReader web, WhenWhereChanges changes, Clock clock) {
        this.listings = listings;
        this.web = web;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            every = "${directory.calendar-import.every}",
            delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        readAll();
    }

    /** Reads every live listing's calendar; returns how many listings had a change proposed or published. */
    public int readAll() {
        List<Object[]> due = QuarkusTransaction.requiringNew()
                .call(() -> listings.getEntityManager()
                        .createQuery(
                                "select l.id, l.calendarUrl from Listing l where l.calendarUrl is not null and l.status in ?1",
                                Object[].class)
                        .setParameter(1, List.of(ListingStatus.PUBLISHED, ListingStatus.PAUSED))
                        .getResultList());
        int changed = 0;
        for (Object[] row : due) {
            if (read((UUID) row[0], (String) row[1]) != EditOutcome.NO_CHANGE) {
                changed++;
            }
        }
        return changed;
    }

    private EditOutcome read(UUID id, String url) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
        try {
            String text = web.fetchText(URI.create(url), "text/calendar");
            List<String> problems = new ArrayList<>();
            List<ICalendarReader.Read> sessions = ICalendarReader.read(text, today, problems);
            if (!problems.isEmpty()) {
                LOG.infof("Calendar for listing %s: %s", id, String.join("; ", problems));
            }
            if (sessions.isEmpty() && !text.contains("BEGIN:VCALENDAR")) {
                LOG.warnf("Calendar for listing %s is not an iCalendar file; nothing changed", id);
                return EditOutcome.NO_CHANGE;
            }
            return changes.fromCalendar(id, sessions);
        } catch (FeedReader.UnreadableFeed | IllegalArgumentException e) {
            // The provider's server is down or the address broke: keep what we have, try again next time.
            LOG.warnf("Calendar for listing %s not read: %s", id, e.getMessage());
            return EditOutcome.NO_CHANGE;
        }
    }
}
