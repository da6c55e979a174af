package org.healthdirectory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.healthdirectory.geo.Postcode;

/**
 * "Did you find what you needed?" answers from the results page, kept without anything about the person:
 * the answer, optional words, the search words and the outward code only. "No" answers are counted in the
 * unmet-need report.
 */
@ApplicationScoped
public class SearchFeedback {

    /** The longest comment kept; checked by the form (SearchFeedbackResource.FeedbackForm). */
    static final int COMMENT_MAX = 300;

    private final EntityManager entityManager;
    private final Clock clock;

    SearchFeedback(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public void record(boolean found, String comment, SearchQuery query) {
        String words = comment == null || comment.isBlank() ? null : comment.strip();
        entityManager
                .createNativeQuery("""
                        insert into search_feedback (id, answered_at, found, comment, query_text, domain, outcode)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, clock.instant())
                .setParameter(3, found)
                .setParameter(4, words)
                .setParameter(5, truncate(query.text(), 200))
                .setParameter(6, query.domain())
                .setParameter(7, query.parsedPostcode().map(Postcode::outcode).orElse(null))
                .executeUpdate();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
