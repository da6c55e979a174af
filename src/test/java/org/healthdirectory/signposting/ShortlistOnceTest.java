package org.healthdirectory.signposting;

import static org.healthdirectory.testing.Together.count;
import static org.healthdirectory.testing.Together.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.testing.Together;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Add to list" from several tabs at once, to a list that does not exist yet: every add lands (no
 * 500, none lost), and a list never holds more than 20 entries however many arrive together.
 */
@QuarkusTest
class ShortlistOnceTest {

    @Inject
    Shortlists shortlists;

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    private List<UUID> publishedListings(int n) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select id from listing where status = 'PUBLISHED' order by id limit ?1", UUID.class)
                        .setParameter(1, n)
                        .getResultList());
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20, 21})
    void addsSentTogetherToANewListAllLandUpToTheLimit(int together) {
        String key = Shortlists.newKey(); // a cookie whose list is not made yet
        Together.Visitor visitor = Together.visitor("/listings/3833c8a8-d8eb-4e15-9931-1b31312a26e7");
        List<HttpRequest> adds = new ArrayList<>();
        for (UUID listing : publishedListings(together)) {
            adds.add(visitor.post(
                    "/shortlist/add",
                    Map.of("listing", listing.toString(), "returnTo", "/search"),
                    CurrentShortlist.COOKIE + "=" + key));
        }

        var answers = Together.send(adds);

        assertEquals(together, count(answers, 303), statuses(answers).toString());
        int kept = Math.min(together, Shortlists.MAX_ENTRIES);
        assertEquals(kept, shortlists.entries(key).size());
        assertEquals(
                together - kept,
                answers.stream()
                        .filter(a ->
                                a.headers().firstValue("Location").orElse("").contains("full=1"))
                        .count(),
                "the adds that did not fit are told the list is full");
    }
}
