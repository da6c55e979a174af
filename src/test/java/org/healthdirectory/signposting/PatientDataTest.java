package org.healthdirectory.signposting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.healthdirectory.testing.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The patient's email address and mobile number are used once and kept nowhere: not in the log, and
 * in no table once the email has gone (the mail outbox holds it only until then). Sending is CSRF-protected, checked and rate-limited.
 */
@QuarkusTest
class PatientDataTest {

    private static final String WALK = "3833c8a8-d8eb-4e15-9931-1b31312a26e7";
    private static final String DOG_WALKING = "069a8464-c41c-4424-ba42-17affba43221";

    @Inject
    EntityManager entityManager;

    private final List<String> log = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (log) {
                log.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureTheLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    /** A browser's state: the CSRF cookie and token, and the shortlist cookie once there is a list. */
    private record Visitor(String csrfCookie, String csrfToken, String shortlist) {
        io.restassured.specification.RequestSpecification post() {
            var request = given().redirects()
                    .follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .cookie("csrf-token", csrfCookie)
                    .formParam("csrf-token", csrfToken);
            return shortlist == null ? request : request.cookie(CurrentShortlist.COOKIE, shortlist);
        }
    }

    private static Visitor visitorWithAList() {
        Response page = given().when().get("/listings/" + WALK);
        page.then().statusCode(200);
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        Visitor visitor = new Visitor(page.getCookie("csrf-token"), token, null);
        Response added = visitor.post()
                .formParam("listing", WALK)
                .formParam("returnTo", "/listings/" + WALK)
                .when()
                .post("/shortlist/add");
        added.then().statusCode(303).header("Location", containsString("/listings/" + WALK + "?shortlisted=" + WALK));
        String cookie = added.getDetailedCookie(CurrentShortlist.COOKIE).toString();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        visitor = new Visitor(visitor.csrfCookie(), token, added.getCookie(CurrentShortlist.COOKIE));
        visitor.post()
                .formParam("listing", DOG_WALKING)
                .formParam("returnTo", "/search")
                .when()
                .post("/shortlist/add")
                .then()
                .statusCode(303);
        return visitor;
    }

    @Test
    void theAddressAndNumberAreNowhereInTheDatabaseOrTheLog() {
        Visitor visitor = visitorWithAList();
        String email = "private.patient." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String mobile = "0770090" + (1000 + (int) (Math.random() * 8999));

        visitor.post()
                .formParam("email", email)
                .formParam("practice", "Clayton Medical Centre")
                .when()
                .post("/shortlist/sheet/email")
                .then()
                .statusCode(303)
                .header("Location", not(containsString(email.substring(0, 10))));
        visitor.post()
                .formParam("mobile", mobile)
                .when()
                .post("/shortlist/sheet/text")
                .then()
                .statusCode(303)
                .header("Location", containsString("sent=outbox"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !Mailbox.messages(email).isEmpty());
        assertTrue(Mailbox.messages(email).get(0).contains("Clayton Vale Wednesday walk"));
        // The outbox holds the address only until the email has gone: wait for it to be marked sent.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unsentSheets() == 0);

        given().cookie(CurrentShortlist.COOKIE, visitor.shortlist())
                .when()
                .get("/shortlist/outbox")
                .then()
                .statusCode(200)
                .body(
                        containsString("********" + mobile.substring(8)),
                        not(containsString(mobile)),
                        containsString("Dog walking at Moston Paws"));

        for (String secret : List.of(email, mobile, mobile.substring(1), email.substring(0, email.indexOf('@')))) {
            assertEquals(List.of(), tablesContaining(secret), "the database holds " + secret);
            synchronized (log) {
                assertTrue(
                        log.stream().noneMatch(line -> line.contains(secret)), "the log holds " + secret + ": " + log);
            }
        }
    }

    private long unsentSheets() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from mail_outbox where purpose = 'signposting-sheet' and status <> 'SENT'")
                                .getSingleResult())
                        .longValue());
    }

    /** Every text-like column of every table in the schema, searched for the value. */
    @SuppressWarnings("unchecked")
    private List<String> tablesContaining(String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns =
                    entityManager.createNativeQuery("""
                    select c.table_name, c.column_name from information_schema.columns c
                    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')""", Object[].class).getResultList();
            assertTrue(columns.size() > 20, "found the text columns");
            List<String> hits = new ArrayList<>();
            for (Object[] column : columns) {
                long count = ((Number) entityManager
                                .createNativeQuery("select count(*) from \"" + column[0] + "\" where \"" + column[1]
                                        + "\"::text ilike ?1")
                                .setParameter(1, "%" + value + "%")
                                .getSingleResult())
                        .longValue();
                if (count > 0) {
                    hits.add(column[0] + "." + column[1]);
                }
            }
            return hits;
        });
    }

    @Test
    void badAddressesAndNumbersAreRefusedWithAMessageAndNothingIsSent() {
        Visitor visitor = visitorWithAList();
        visitor.post()
                .formParam("email", "not an email")
                .when()
                .post("/shortlist/sheet/email")
                .then()
                .statusCode(400)
                .body(containsString("id=\"email-error\""))
                .body(containsString(
                        "<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>"));
        visitor.post()
                .formParam("email", "")
                .when()
                .post("/shortlist/sheet/email")
                .then()
                .statusCode(400)
                .body(containsString("Enter the email address to send it to"));
        for (String mobile : List.of("0161 496 0000", "07700 90012", "12345", "")) {
            visitor.post()
                    .formParam("mobile", mobile)
                    .when()
                    .post("/shortlist/sheet/text")
                    .then()
                    .statusCode(400)
                    .body(containsString("id=\"mobile-error\""))
                    .body(containsString("<a href=\"#mobile\">"
                            + (mobile.isEmpty()
                                    ? "Enter the mobile number to send it to"
                                    : "Enter a UK mobile number, like 07700 900 982")
                            + "</a>"));
        }
        given().cookie(CurrentShortlist.COOKIE, visitor.shortlist())
                .when()
                .get("/shortlist/outbox")
                .then()
                .body(containsString("There are no unsent text messages"));
    }

    @Test
    void sendingNeedsTheCsrfToken() {
        Visitor visitor = visitorWithAList();
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie(CurrentShortlist.COOKIE, visitor.shortlist())
                .formParams(Map.of("mobile", "07700900999"))
                .when()
                .post("/shortlist/sheet/text")
                .then()
                .statusCode(400);
        given().cookie(CurrentShortlist.COOKIE, visitor.shortlist())
                .when()
                .get("/shortlist/outbox")
                .then()
                .body(containsString("There are no unsent text messages"));
    }

    @Test
    void oneIpAddressCanSendOnlySoManySheetsAnHour() {
        Visitor visitor = visitorWithAList();
        try {
            int status = 0;
            for (int i = 0; i < 40 && status != 429; i++) {
                status = visitor.post()
                        .formParam("mobile", "07700900" + (100 + i))
                        .when()
                        .post("/shortlist/sheet/text")
                        .statusCode();
            }
            assertEquals(429, status);
            visitor.post()
                    .formParam("mobile", "07700900555")
                    .when()
                    .post("/shortlist/sheet/text")
                    .then()
                    .statusCode(429)
                    .body(containsString("You have sent a lot of sheets in the last hour"));
            given().cookie(CurrentShortlist.COOKIE, visitor.shortlist())
                    .when()
                    .get("/shortlist/outbox")
                    .then()
                    .body(not(containsString("********555")));
        } finally {
            // Other tests in this run send from the same address.
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery("delete from rate_limit")
                            .executeUpdate());
        }
    }

    @Test
    void onlyLocalAddressesAreFollowedBackAndUnknownListingsAreNotFound() {
        Visitor visitor = visitorWithAList();
        visitor.post()
                .formParam("listing", WALK)
                .formParam("returnTo", "//evil.example/x")
                .when()
                .post("/shortlist/remove")
                .then()
                .statusCode(303)
                .header("Location", containsString("/shortlist?unshortlisted=" + WALK));
        visitor.post()
                .formParam("listing", UUID.randomUUID().toString())
                .formParam("returnTo", "/")
                .when()
                .post("/shortlist/add")
                .then()
                .statusCode(404);
        visitor.post()
                .formParam("listing", "not-a-uuid")
                .when()
                .post("/shortlist/add")
                .then()
                .statusCode(404);
    }

    @Inject
    Shortlists shortlists;

    @Test
    void listsUntouchedFor30DaysAreDeleted() {
        String old = Shortlists.newKey();
        String recent = Shortlists.newKey();
        shortlists.add(old, UUID.fromString(WALK));
        shortlists.add(recent, UUID.fromString(WALK));
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update shortlist set touched_at = now() - interval '31 days' where key_hash = ?1")
                        .setParameter(1, Shortlists.hash(old))
                        .executeUpdate());

        shortlists.purgeUntouched();

        assertEquals(List.of(), shortlists.entries(old));
        assertEquals(List.of(UUID.fromString(WALK)), shortlists.entries(recent));
    }
}
