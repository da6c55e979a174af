package org.healthdirectory.schedule;

import static org.healthdirectory.testing.Together.count;
import static org.healthdirectory.testing.Together.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.moderation.RevisionStatus;
import org.healthdirectory.registration.ProviderSessions;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.Together;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A provider saves "When and where" in several tabs at once, each with a different day. Every tab gets
 * the usual "sent for checking" answer (never the error page), and exactly one change is left waiting
 * for a moderator: the others are marked as replaced, so a moderator can never approve two.
 */
@QuarkusTest
class WhenWhereTwoTabsTest {

    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    @Inject
    ListingFixtures fixtures;

    @Inject
    ProviderSessions sessions;

    @Inject
    RevisionRepository revisions;

    @ParameterizedTest(name = "{0} tabs at once")
    @ValueSource(ints = {2, 7})
    void onlyOneChangeWaits(int tabs) {
        String owner = Providers.newEmail("when-where-tabs");
        UUID id = fixtures.draft("Two tabs walk " + UUID.randomUUID().toString().substring(0, 8));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        fixtures.setContactEmail(id, owner);
        String session = QuarkusTransaction.requiringNew().call(() -> sessions.start(owner));
        Together.Visitor visitor = Together.visitor("/manage");

        List<HttpRequest> saves = new ArrayList<>();
        for (int tab = 0; tab < tabs; tab++) {
            saves.add(visitor.post(
                    "/manage/listings/" + id + "/when-and-where",
                    Map.of(
                            "p0-mode", "IN_PERSON",
                            "p0-name", "Hope Park Hall",
                            "p0-t0-often", "WEEKLY",
                            "p0-t0-days", DAYS.get(tab),
                            "p0-t0-start", "10:00"),
                    ProviderSessions.COOKIE + "=" + session));
        }
        List<HttpResponse<String>> answers = Together.send(saves);

        assertEquals(tabs, count(answers, 303), statuses(answers).toString());
        answers.forEach(a -> assertTrue(
                a.headers().firstValue("location").orElse("").endsWith("done=SENT_FOR_CHECKING"),
                a.headers().toString()));
        List<Revision> all = QuarkusTransaction.requiringNew()
                .call(() -> revisions.list("listing.id = ?1 and kind = ?2", id, RevisionKind.WHEN_WHERE));
        assertEquals(tabs, all.size());
        assertEquals(
                1,
                all.stream()
                        .filter(r -> r.getStatus() == RevisionStatus.PENDING)
                        .count());
        assertEquals(
                tabs - 1,
                all.stream()
                        .filter(r -> "replaced by a newer change".equals(r.getDecisionNote()))
                        .count());
    }
}
