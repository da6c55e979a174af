package org.healthdirectory.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * so "today", "this week" and "open now" are plain range filters and a search hit can say when the
 * next session is without loading the listing; and the first session's pattern ("sessionPattern", as
 * JSON) for patterns with no date that soon, kept as a pattern rather than words so a result card can say
 * it in the reader's language. The window moves on every day: the nightly refresh in the schedule
 * package re-indexes listings with sessions.
 */
public class UpcomingSessionsBinder implements PropertyBinder {

    public static final String FIELD = "upcoming";
    public static final String SESSION_PATTERN = "sessionPattern";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

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
                        upcoming.field("date", f -> f.asLocalDate().projectable(Projectable.YES))
                                .toReference(),
                        upcoming.field("start", f -> f.asInstant().projectable(Projectable.YES))
                                .toReference(),
                        upcoming.field("end", f -> f.asInstant().projectable(Projectable.YES))
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
                }
            }
            if (!sessions.isEmpty()) {
                target.addValue(sessionPattern, writePattern(((Session) sessions.get(0)).pattern()));
            }
        }
    }

    static String writePattern(SessionPattern pattern) {
        try {
            return JSON.writeValueAsString(pattern);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a session pattern for the index", e);
        }
    }

    /** A pattern as indexed; null when the listing has no sessions (or was indexed before this field). */
    public static SessionPattern readPattern(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, SessionPattern.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read an indexed session pattern", e);
        }
    }
}
