package org.healthdirectory.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes the times a listing's sessions run in the coming fortnight ("upcoming": date, start, end),
 * so "today", "this week" and "open now" are plain range filters; the same times again as one short
 * stored string ("upcomingTimes"), so a search hit can say when the next session is without loading
 * the listing (reading twenty hits' nested dates cost more CPU than the rest of a search); and the first
 * session's pattern ("sessionPattern", as JSON) for patterns with no date that soon, kept as a pattern
 * rather than words so a result card can say it in the reader's language. The window moves on every
 * day: the nightly refresh in the schedule package re-indexes listings with sessions.
 */
public class UpcomingSessionsBinder implements PropertyBinder {

    public static final String FIELD = "upcoming";
    public static final String UPCOMING_TIMES = "upcomingTimes";
    public static final String SESSION_PATTERN = "sessionPattern";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** Emptied when full rather than tracking use, like the postcode cache. */
    private static final int PATTERNS_KEPT = 10_000;

    private static final Map<String, SessionPattern> PATTERNS_READ = new ConcurrentHashMap<>();

    /** Days indexed ahead; a day behind too, for sessions that run past midnight. */
    static final int DAYS_AHEAD = 15;

    @Override
    public void bind(PropertyBindingContext context) {
        // Sessions are replaced, never changed in place (see WhenWhere), so the collection is the dependency.
        context.dependencies().useRootOnly();
        IndexSchemaObjectField upcoming = context.indexSchemaElement()
                .objectField(FIELD, ObjectStructure.NESTED)
                .multiValued();
        context.bridge(
                List.class,
                new Bridge(
                        upcoming.toReference(),
                        upcoming.field("date", f -> f.asLocalDate()).toReference(),
                        upcoming.field("start", f -> f.asInstant()).toReference(),
                        upcoming.field("end", f -> f.asInstant()).toReference(),
                        context.indexSchemaElement()
                                .field(
                                        UPCOMING_TIMES,
                                        f -> f.asString()
                                                .searchable(Searchable.NO)
                                                .projectable(Projectable.YES))
                                .toReference(),
                        context.indexSchemaElement()
                                .field(
                                        SESSION_PATTERN,
                                        f -> f.asString()
                                                .searchable(Searchable.NO)
                                                .projectable(Projectable.YES))
                                .toReference()));
    }

    @SuppressWarnings("rawtypes")
    private record Bridge(
            IndexObjectFieldReference upcoming,
            IndexFieldReference<LocalDate> date,
            IndexFieldReference<Instant> start,
            IndexFieldReference<Instant> end,
            IndexFieldReference<String> upcomingTimes,
            IndexFieldReference<String> sessionPattern)
            implements PropertyBridge<List> {

        @Override
        public void write(DocumentElement target, List sessions, PropertyBridgeWriteContext context) {
            LocalDate today = Arc.container()
                    .instance(Clock.class)
                    .get()
                    .instant()
                    .atZone(UkTime.ZONE)
                    .toLocalDate();
            List<Occurrence> all = new ArrayList<>();
            for (Object item : sessions) {
                Session session = (Session) item;
                for (Occurrence o :
                        SessionTimes.NEXT.between(session.pattern(), today.minusDays(1), today.plusDays(DAYS_AHEAD))) {
                    DocumentElement element = target.addObject(upcoming);
                    element.addValue(date, o.date());
                    if (o.hasTimes()) {
                        element.addValue(start, o.start().toInstant());
                        element.addValue(end, (o.end() != null ? o.end() : o.start()).toInstant());
                    }
                    all.add(o);
                }
            }
            if (!all.isEmpty()) {
                target.addValue(upcomingTimes, writeTimes(all));
            }
            if (!sessions.isEmpty()) {
                target.addValue(sessionPattern, writePattern(((Session) sessions.get(0)).pattern()));
            }
        }
    }

    /**
     * The times as one string: per time, the day number (days since 1970-01-01) and, when the group
     * gave times, the start and end in seconds since 1970 ("20787/1795946400/1795953600 20790").
     */
    static String writeTimes(List<Occurrence> occurrences) {
        StringBuilder out = new StringBuilder();
        for (Occurrence o : occurrences) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(o.date().toEpochDay());
            if (o.hasTimes()) {
                ZonedDateTime end = o.end() != null ? o.end() : o.start();
                out.append('/').append(o.start().toEpochSecond()).append('/').append(end.toEpochSecond());
            }
        }
        return out.toString();
    }

    /** The times as indexed by {@link #writeTimes}, in UK time; empty for null (no sessions that soon). */
    public static List<Occurrence> readTimes(String indexed) {
        if (indexed == null || indexed.isEmpty()) {
            return List.of();
        }
        List<Occurrence> occurrences = new ArrayList<>();
        for (String time : indexed.split(" ")) {
            String[] parts = time.split("/");
            LocalDate day = LocalDate.ofEpochDay(Long.parseLong(parts[0]));
            if (parts.length == 3) {
                occurrences.add(new Occurrence(day, ukTime(parts[1]), ukTime(parts[2])));
            } else {
                occurrences.add(new Occurrence(day, null, null));
            }
        }
        return occurrences;
    }

    private static ZonedDateTime ukTime(String epochSecond) {
        return Instant.ofEpochSecond(Long.parseLong(epochSecond)).atZone(UkTime.ZONE);
    }

    static String writePattern(SessionPattern pattern) {
        try {
            return JSON.writeValueAsString(pattern);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a session pattern for the index", e);
        }
    }

    /**
     * A pattern as indexed; null when the listing has no sessions (or was indexed before this field).
     * Kept once read: many listings share a pattern ("Tuesdays 10am to 12pm"), and a results page reads
     * up to twenty of them.
     */
    public static SessionPattern readPattern(String json) {
        if (json == null) {
            return null;
        }
        SessionPattern known = PATTERNS_READ.get(json);
        if (known != null) {
            return known;
        }
        try {
            SessionPattern pattern = JSON.readValue(json, SessionPattern.class);
            if (PATTERNS_READ.size() >= PATTERNS_KEPT) {
                PATTERNS_READ.clear();
            }
            PATTERNS_READ.put(json, pattern);
            return pattern;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read an indexed session pattern", e);
        }
    }
}
