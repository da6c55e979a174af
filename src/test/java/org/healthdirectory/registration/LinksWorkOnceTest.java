package org.healthdirectory.registration;

import static org.healthdirectory.testing.Together.count;
import static org.healthdirectory.testing.Together.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.Together;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A double click (2) or an attacker (20) sending the same one-time link at the same moment: exactly
 * one request does what the link promises, the others get the friendly "already used" page (410),
 * nobody gets a 500, and there is one session, one claim, one revision, one audit event. The mail
 * limits hold the same way.
 */
@QuarkusTest
class LinksWorkOnceTest {

    @Inject
    EmailLinks links;

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    EntityManager entityManager;

    @Inject
    ProviderSessions sessions;

    private String issue(EmailLink.Purpose purpose, String email, UUID listing) {
        return QuarkusTransaction.requiringNew()
                .call(() -> links.issue(
                                purpose,
                                email,
                                listing == null ? null : listings.findById(listing),
                                Duration.ofHours(1))
                        .secret());
    }

    private UUID published(String name, String owner) {
        UUID id = fixtures.draft(name + " " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        fixtures.setContactEmail(id, owner);
        return id;
    }

    private long rows(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static void oneWinsTheRestAreRefused(List<HttpResponse<String>> answers, int winner, int together) {
        assertEquals(1, count(answers, winner), statuses(answers).toString());
        assertEquals(together - 1, count(answers, 410), statuses(answers).toString());
        answers.stream()
                .filter(a -> a.statusCode() == 410)
                .forEach(a -> assertTrue(a.body().contains("This link has expired or has already been used")));
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void aSignInLinkStartsOneSession(int together) {
        String owner = Providers.newEmail("signin-race");
        published("Sign-in race", owner);
        String secret = issue(EmailLink.Purpose.SIGN_IN, owner, null);
        Together.Visitor visitor = Together.visitor("/manage/sign-in?token=" + secret);

        var answers = Together.times(together, visitor.post("/manage/sign-in", Map.of("token", secret)));

        oneWinsTheRestAreRefused(answers, 303, together);
        assertEquals(1, rows("select count(*) from provider_session where email = ?1", owner));
        assertEquals(
                1, rows("select count(*) from audit_event where actor = ?1 and action = 'provider.signed-in'", owner));
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void aRegistrationLinkConfirmsOnce(int together) {
        UUID listing =
                fixtures.draft("Confirm race " + UUID.randomUUID().toString().substring(0, 6));
        String email = Providers.newEmail("confirm-race");
        String secret = issue(EmailLink.Purpose.CONFIRM_REGISTRATION, email, listing);
        Together.Visitor visitor = Together.visitor("/register/confirm?token=" + secret);

        var answers = Together.times(together, visitor.post("/register/confirm", Map.of("token", secret)));

        oneWinsTheRestAreRefused(answers, 303, together);
        assertEquals(1, rows("select count(*) from revision where listing_id = ?1", listing));
        assertEquals(
                1,
                rows(
                        "select count(*) from audit_event where subject_id = ?1 and action = 'listing.email-confirmed'",
                        listing));
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void aClaimLinkQueuesOneClaim(int together) {
        UUID listing = published("Claim race", Providers.newEmail("claim-owner"));
        String claimant = Providers.newEmail("claimant");
        String secret = issue(EmailLink.Purpose.CLAIM, claimant, listing);
        Together.Visitor visitor = Together.visitor("/claims/verify?token=" + secret);

        var answers = Together.times(together, visitor.post("/claims/verify", Map.of("token", secret)));

        oneWinsTheRestAreRefused(answers, 303, together);
        assertEquals(1, rows("select count(*) from revision where listing_id = ?1 and kind = 'CLAIM'", listing));
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void aReminderLinkConfirmsOnce(int together) {
        String owner = Providers.newEmail("reminder-race");
        UUID listing = published("Reminder race", owner);
        String secret = issue(EmailLink.Purpose.CONFIRM_LISTING, owner, listing);
        String path = "/reminders/" + listing + "/still-correct";
        Together.Visitor visitor = Together.visitor(path + "?token=" + secret);

        var answers = Together.times(together, visitor.post(path, Map.of("token", secret)));

        oneWinsTheRestAreRefused(answers, 200, together);
        assertEquals(
                1,
                rows(
                        "select count(*) from audit_event where subject_id = ?1 and action = 'listing.confirmed'",
                        listing));
    }

    /**
     * A signed-in provider presses "still correct" in several tabs at once. Each press that loses the
     * listing's version check gets the "someone else changed this" page (409), never the 500 page,
     * and only the presses that answered 303 left an audit event.
     */
    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void aVersionConflictIsAFriendly409(int together) {
        String owner = Providers.newEmail("two-tabs");
        UUID listing = published("Two tabs", owner);
        String session = QuarkusTransaction.requiringNew().call(() -> sessions.start(owner));
        Together.Visitor visitor = Together.visitor("/manage");

        var answers = Together.times(
                together,
                visitor.post(
                        "/manage/listings/" + listing + "/still-correct",
                        Map.of(),
                        ProviderSessions.COOKIE + "=" + session));

        assertEquals(
                together,
                count(answers, 303) + count(answers, 409),
                statuses(answers).toString());
        answers.stream()
                .filter(a -> a.statusCode() == 409)
                .forEach(a -> assertTrue(a.body().contains("Someone else changed this at the same time")));
        assertEquals(
                count(answers, 303),
                rows(
                        "select count(*) from audit_event where subject_id = ?1 and action = 'listing.confirmed'",
                        listing));
    }

    /** Twenty registrations for one mailbox at once, written as a+1@, A+2@ ...: the limit of 3 holds. */
    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    void theMailLimitHoldsForRequestsSentTogetherAndPlusAddresses(int together) {
        String mailbox = "limit-" + UUID.randomUUID().toString().substring(0, 8);
        List<java.net.http.HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < together; i++) {
            Together.Visitor visitor = Together.visitor("/register");
            String address = (i % 2 == 0 ? mailbox : mailbox.toUpperCase()) + "+" + i + "@Example.org";
            requests.add(visitor.post("/register", shelter(address)));
        }

        var answers = Together.send(requests);

        int allowed = Math.min(together, 3);
        assertEquals(allowed, count(answers, 303), statuses(answers).toString());
        assertEquals(together - allowed, count(answers, 429), statuses(answers).toString());
        assertEquals(allowed, rows("select count(*) from mail_outbox where lower(recipient) like ?1", mailbox + "+%"));
    }

    private static Map<String, String> shelter(String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(
                "organisationName",
                "Race Shelter " + UUID.randomUUID().toString().substring(0, 6));
        fields.put("activityName", "Dog walking");
        fields.put("description", "Walk a rescue dog on the fields behind the shelter.");
        fields.put("domains", "physical-activity");
        fields.put("where", "postcode");
        fields.put("postcode", "M18 8RN");
        fields.put("email", email);
        return fields;
    }
}
