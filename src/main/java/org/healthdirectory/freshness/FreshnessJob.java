package org.healthdirectory.freshness;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.logging.Logger;

/**
 * Keeps entries current. Once a day it finds published listings nobody has confirmed for a while and
 * takes the next step: a "still correct?" email at each reminder threshold (6, 9 and 11 months), and at
 * the hide threshold (13 months) it pauses the listing (out of search, into the moderators' queue) and
 * tells the provider how to bring it back. The "may be out of date" warning and the lower search rank
 * at 12 months need no job: the page and search work them out from the date (see {@link Staleness}).
 *
 * <p>Each step happens at most once per threshold per confirmation period, even across restarts and with
 * several app instances running the job at the same time: see {@link #takeStep}.
 */
@ApplicationScoped
public class FreshnessJob {

    /** What one run did. */
    public record Outcome(int reminders, int hidden) {}

    private record Due(UUID listing, Instant lastConfirmed, Set<Integer> done) {}

    private static final Logger LOG = Logger.getLogger(FreshnessJob.class);

    private final EntityManager entityManager;
    private final ListingRepository listings;
    private final ManageEntries manage;
    private final AuditLog auditLog;
    private final MailOutbox outbox;
    private final FreshnessMail texts;
    private final DirectoryConfig.Freshness rules;
    private final Clock clock;

    FreshnessJob(
            EntityManager entityManager,
            ListingRepository listings,
            ManageEntries manage,
            AuditLog auditLog,
            MailOutbox outbox,
            FreshnessMail texts,
            DirectoryConfig config,
            Clock clock) {
        this.entityManager = entityManager;
        this.listings = listings;
        this.manage = manage;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.texts = texts;
        this.rules = config.freshness();
        this.clock = clock;
    }

    public Outcome run() {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        int reminders = 0;
        int hidden = 0;
        for (Due due : QuarkusTransaction.requiringNew().call(() -> candidates(today))) {
            Optional<Integer> step =
                    stepFor(due.lastConfirmed(), today).filter(m -> !due.done().contains(m));
            if (step.isEmpty()) {
                continue;
            }
            // One transaction per listing: the email is queued with its step, and one listing's problem
            // does not hold up the rest.
            Optional<Integer> taken = QuarkusTransaction.requiringNew().call(() -> takeStep(due.listing(), today));
            if (taken.isPresent()) {
                if (taken.get() == rules.hideMonths()) {
                    hidden++;
                } else {
                    reminders++;
                }
            }
        }
        if (reminders + hidden > 0) {
            LOG.infof("Freshness: %d reminders sent, %d listings hidden as out of date", reminders, hidden);
        }
        return new Outcome(reminders, hidden);
    }

    /**
     * The step due on {@code today}: the highest threshold reached. A listing that is already past
     * several thresholds (say, after the job was off for a while) gets one email, not a pile of them.
     */
    Optional<Integer> stepFor(Instant lastConfirmed, LocalDate today) {
        if (Staleness.reached(lastConfirmed, today, rules.hideMonths())) {
            return Optional.of(rules.hideMonths());
        }
        return rules.reminderMonths().stream()
                .filter(m -> Staleness.reached(lastConfirmed, today, m))
                .max(Integer::compare);
    }

    /** Published listings past the first threshold, with the steps already taken in their current period. */
    List<Due> candidates(LocalDate today) {
        int first = rules.reminderMonths().stream().min(Integer::compare).orElse(rules.hideMonths());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select l.id, l.last_confirmed_at, string_agg(r.threshold_months::text, ',')
                from listing l left join freshness_reminder r
                  on r.listing_id = l.id and r.confirmed_at = l.last_confirmed_at
                where l.status = 'PUBLISHED' and l.last_confirmed_at < ?1
                group by l.id, l.last_confirmed_at""")
                .setParameter(1, Timestamp.from(Staleness.freshSince(today, first)))
                .getResultList();
        return rows.stream()
                .map(row -> new Due(
                        (UUID) row[0],
                        toInstant(row[1]),
                        row[2] == null
                                ? Set.of()
                                : Arrays.stream(((String) row[2]).split(","))
                                        .map(Integer::valueOf)
                                        .collect(Collectors.toSet())))
                .toList();
    }

    /**
     * Takes the due step for one listing, inside the caller's transaction; returns the threshold acted on.
     * Two guards make it happen once:
     * <ul>
     * <li>{@code for update skip locked}: if another instance is working on this listing right now, leave
     * it to that one instead of waiting for it and then doing the same again;</li>
     * <li>the unique key on freshness_reminder, inserted with {@code on conflict do nothing} in the same
     * transaction that fires the email: if the step was already recorded (by an earlier run, before a
     * restart, or by another instance that committed first) the insert changes nothing and we stop. The
     * key alone is enough for correctness; the row lock only saves the duplicate work.</li>
     * </ul>
     * The email is queued in the mail outbox in the same transaction, so it goes if and only if the
     * step is recorded.
     */
    Optional<Integer> takeStep(UUID id, LocalDate today) {
        List<?> locked = entityManager
                .createNativeQuery(
                        "select id from listing where id = ?1 and status = 'PUBLISHED' for update skip locked")
                .setParameter(1, id)
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Listing listing = listings.findById(id);
        Optional<Integer> step = stepFor(listing.getLastConfirmedAt(), today);
        if (step.isEmpty() || !record(listing, step.get())) {
            return Optional.empty();
        }
        int months = step.get();
        boolean hide = months == rules.hideMonths();
        if (hide) {
            listing.pauseAsOutOfDate(clock.instant());
            auditLog.record(
                    "system",
                    "listing.hidden-out-of-date",
                    "Listing",
                    id,
                    Map.of("status", "PUBLISHED"),
                    Map.of("status", "PAUSED", "pausedReason", "OUT_OF_DATE"),
                    "not confirmed for " + months + " months");
        }
        String to = listing.getOrganisation().getContactEmail();
        if (to != null) { // without an address the moderators chase it from their queue
            ManageEntries.ReminderLinks links = manage.reminderLinks(listing);
            outbox.queue(
                    hide ? "freshness-hidden" : "freshness-reminder",
                    hide ? texts.hidden(to, listing, links) : texts.reminder(to, listing, links, months));
        }
        return step;
    }

    private boolean record(Listing listing, int months) {
        return entityManager
                        .createNativeQuery("""
                insert into freshness_reminder (listing_id, threshold_months, confirmed_at, sent_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                        .setParameter(1, listing.getId())
                        .setParameter(2, months)
                        .setParameter(3, Timestamp.from(listing.getLastConfirmedAt()))
                        .setParameter(4, Timestamp.from(clock.instant()))
                        .executeUpdate()
                == 1;
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp t
                ? t.toInstant()
                : value instanceof Instant i ? i : ((java.time.OffsetDateTime) value).toInstant();
    }
}
