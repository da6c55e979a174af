package org.healthdirectory.schedule;

import io.quarkus.arc.Arc;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.healthdirectory.listing.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes the times a listing's sessions run in the coming fortnight ("upcoming": date, start, end),
 * so "today", "this week" and "open now" are plain range filters. The window moves on every day:
 * {@link UpcomingSessionsRefresh} re-indexes listings with sessions each night.
 */
public class UpcomingSessionsBinder implements PropertyBinder {

    public static final String FIELD = "upcoming";

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
                        upcoming.field("end", f -> f.asInstant()).toReference()));
    }

    @SuppressWarnings("rawtypes")
    private record Bridge(
            IndexObjectFieldReference upcoming,
            IndexFieldReference<LocalDate> date,
            IndexFieldReference<Instant> start,
            IndexFieldReference<Instant> end)
            implements PropertyBridge<List> {

        @Override
        public void write(DocumentElement target, List sessions, PropertyBridgeWriteContext context) {
            LocalDate today = Arc.container()
                    .instance(Clock.class)
                    .get()
                    .instant()
                    .atZone(NextDates.UK)
                    .toLocalDate();
            for (Object item : sessions) {
                Session session = (Session) item;
                for (Occurrence o :
                        sessionTimes().between(session.pattern(), today.minusDays(1), today.plusDays(DAYS_AHEAD))) {
                    DocumentElement element = target.addObject(upcoming);
                    element.addValue(date, o.date());
                    if (o.hasTimes()) {
                        element.addValue(start, o.start().toInstant());
                        element.addValue(end, (o.end() != null ? o.end() : o.start()).toInstant());
                    }
                }
            }
        }

        private static NextDates sessionTimes() {
            return org.healthdirectory.listing.SessionTimes.NEXT;
        }
    }
}
