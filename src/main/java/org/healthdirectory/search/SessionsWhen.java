package org.healthdirectory.search;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.listing.UpcomingSessionsBinder;
import org.healthdirectory.web.FieldError;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The "when" search filter over the indexed upcoming sessions: "today" and "week" (today and the next
 * 6 days, UK dates), and "now": drop-in places (just turn up) whose session or opening hours are on now.
 */
public final class SessionsWhen {

    public static final List<String> CHOICES = List.of("today", "week", "now");

    private static final String UPCOMING = UpcomingSessionsBinder.FIELD;

    private SessionsWhen() {}

    /** A radio button on the search page. */
    @TemplateData
    public record Choice(String value, String label, boolean selected) {}

    public static List<Choice> choices(String selected) {
        return List.of(
                new Choice("any", "Any time", selected == null),
                new Choice("today", "Today", "today".equals(selected)),
                new Choice("week", "In the next 7 days", "week".equals(selected)),
                new Choice("now", "Drop-in places open now", "now".equals(selected)));
    }

    /** The choice, or null for "any time"; an error for anything else. */
    public static String check(String when, List<FieldError> errors) {
        if (when == null || when.isBlank() || when.equals("any")) {
            return null;
        }
        if (!CHOICES.contains(when)) {
            errors.add(new FieldError("when", "Choose any time, today, this week or open now"));
            return null;
        }
        return when;
    }

    public static SearchPredicate predicate(SearchPredicateFactory f, String when, Instant now) {
        LocalDate today = now.atZone(UkTime.ZONE).toLocalDate();
        return switch (when) {
            case "today" ->
                f.nested(UPCOMING)
                        .add(f.range().field(UPCOMING + ".date").between(today, today))
                        .toPredicate();
            case "week" ->
                f.nested(UPCOMING)
                        .add(f.range().field(UPCOMING + ".date").between(today, today.plusDays(6)))
                        .toPredicate();
            case "now" ->
                f.bool()
                        .must(f.match().field("howToJoin").matching(HowToJoin.JUST_TURN_UP))
                        .must(f.nested(UPCOMING)
                                .add(f.range().field(UPCOMING + ".start").atMost(now))
                                .add(f.range().field(UPCOMING + ".end").greaterThan(now)))
                        .toPredicate();
            default -> throw new IllegalArgumentException("Unknown 'when': " + when);
        };
    }
}
