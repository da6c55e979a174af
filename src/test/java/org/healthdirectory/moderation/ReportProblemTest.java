package org.healthdirectory.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ReportProblemTest {

    private static final String DOG_WALKING = "069a8464-c41c-4424-ba42-17affba43221";

    @Inject
    ListingReports reports;

    @Inject
    AuditLog auditLog;

    @Inject
    ListingFixtures fixtures;

    /** The form page sets the CSRF cookie and carries the same token in a hidden field. */
    private record Csrf(String cookie, String token) {}

    private static Csrf openForm(String listingId) {
        Response page = given().when().get("/listings/" + listingId + "/report");
        page.then().statusCode(200);
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return new Csrf(page.getCookie("csrf-token"), token);
    }

    private static Response send(String listingId, Csrf csrf, Map<String, String> fields) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        if (csrf != null) {
            request = request.cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
        }
        return request.formParams(fields).when().post("/listings/" + listingId + "/report");
    }

    private long reportCount() {
        return QuarkusTransaction.requiringNew().call(() -> reports.count());
    }

    @Test
    void theListingPageLinksToTheForm() {
        given().when()
                .get("/listings/" + DOG_WALKING)
                .then()
                .body(containsString("href=\"/listings/" + DOG_WALKING + "/report\">Report a problem with this page"));
    }

    @Test
    void aReportIsStoredForTheModeratorsAndAudited() {
        long before = reportCount();
        send(
                        DOG_WALKING,
                        openForm(DOG_WALKING),
                        Map.of(
                                "reason",
                                "STOPPED",
                                "details",
                                "The shelter told me walks stopped in October.",
                                "email",
                                "walker@example.com"))
                .then()
                .statusCode(303)
                .header("Location", endsWith("/listings/" + DOG_WALKING + "/report/sent"));

        assertEquals(before + 1, reportCount());
        ListingReport report = QuarkusTransaction.requiringNew()
                .call(() -> reports.find("details", "The shelter told me walks stopped in October.")
                        .firstResult());
        assertEquals(ListingReport.Reason.STOPPED, report.getReason());
        assertEquals("walker@example.com", report.getReplyEmail());
        assertEquals(ListingReport.Status.OPEN, report.getStatus());
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> auditLog.forSubject(UUID.fromString(DOG_WALKING)).stream()
                                .filter(e -> e.getAction().equals("report.received")
                                        && report.getId()
                                                .toString()
                                                .equals(e.getAfter().get("report")))
                                .count()));

        given().when()
                .get("/listings/" + DOG_WALKING + "/report/sent")
                .then()
                .statusCode(200)
                .body(containsString("Thank you for telling us"));
    }

    /** Reports sent together from one connection: the hourly limit holds, and refused ones store nothing. */
    @Test
    void oneIpAddressCanSendOnlySoManyReportsAnHour() {
        try {
            List<java.net.http.HttpRequest> posts = new java.util.ArrayList<>();
            for (int i = 0; i < 15; i++) {
                posts.add(org.healthdirectory.testing.Together.visitor("/listings/" + DOG_WALKING + "/report")
                        .post(
                                "/listings/" + DOG_WALKING + "/report",
                                Map.of("reason", "OTHER", "details", "Flood " + i)));
            }
            long before = reportCount();
            var answers = org.healthdirectory.testing.Together.send(posts);
            long stored = reportCount() - before;
            long accepted = org.healthdirectory.testing.Together.count(answers, 303);
            assertEquals(15, accepted + org.healthdirectory.testing.Together.count(answers, 429));
            assertEquals(accepted, stored);
            assertTrue(accepted <= 10, "at most 10 an hour from one IP address, was " + accepted);
            assertTrue(accepted < 15, "some were refused");
            answers.stream()
                    .filter(a -> a.statusCode() == 429)
                    .forEach(a -> assertTrue(a.body().contains("Wait an hour, then try again")));
        } finally {
            // Other tests in this run send reports from the same address.
            QuarkusTransaction.requiringNew()
                    .run(() -> reports.getEntityManager()
                            .createNativeQuery("delete from rate_limit")
                            .executeUpdate());
        }
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndNothingIsStored() {
        long before = reportCount();
        int status = send(DOG_WALKING, null, Map.of("reason", "OTHER", "details", "Forged"))
                .statusCode();
        assertEquals(400, status);
        assertEquals(before, reportCount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no reason chosen       |              | It moved.              |                  | reason  | Choose what is wrong",
                "a made-up reason       | HACKED       | It moved.              |                  | reason  | Choose what is wrong",
                "nothing said           | OTHER        | '   '                  |                  | details | Tell us what is wrong",
                "a malformed email      | OTHER        | It moved.              | not-an-email     | email   | Enter an email address in the correct format"
            })
    void badInputGetsAMessageNextToTheFieldAndNothingIsStored(
            String why, String reason, String details, String email, String field, String message) {
        long before = reportCount();
        Map<String, String> fields = new java.util.HashMap<>();
        if (reason != null) fields.put("reason", reason);
        if (details != null) fields.put("details", details);
        if (email != null) fields.put("email", email);
        send(DOG_WALKING, openForm(DOG_WALKING), fields)
                .then()
                .statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("id=\"" + field + "-error\""))
                .body(containsString(message));
        assertEquals(before, reportCount());
    }

    @Test
    void tooMuchTextIsRefusedNotCut() {
        long before = reportCount();
        send(DOG_WALKING, openForm(DOG_WALKING), Map.of("reason", "OTHER", "details", "x".repeat(1001)))
                .then()
                .statusCode(400)
                .body(containsString("1,000 characters or fewer"));
        assertEquals(before, reportCount());
    }

    @Test
    void anUnpublishedListingCannotBeReported() {
        UUID draft = fixtures.draft("Unpublished tea club");
        fixtures.move(draft, ListingStatus.PENDING);
        given().when().get("/listings/" + draft + "/report").then().statusCode(404);
    }
}
