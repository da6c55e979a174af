package org.healthdirectory.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RegistrationTest {

    private static final String LINK = TestUrls.linkTo("/register/confirm");

    @Inject
    EntityManager entityManager;

    @Inject
    ListingRepository listings;

    @Inject
    EmailLinks links;

    @Inject
    ListingFixtures fixtures;

    private record Csrf(String cookie, String token) {}

    private static Csrf openForm(String path) {
        Response page = given().when().get(path);
        page.then().statusCode(200);
        return new Csrf(
                page.getCookie("csrf-token"), page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
    }

    private static Map<String, Object> shelter(String email) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(
                "organisationName",
                "Test Shelter " + UUID.randomUUID().toString().substring(0, 6));
        fields.put("activityName", "Dog walking");
        fields.put("description", "Walk a rescue dog on the fields behind the shelter.");
        fields.put("domains", "physical-activity");
        fields.put("where", "postcode");
        fields.put("postcode", "M18 8RN");
        fields.put("email", email);
        return fields;
    }

    private static Response post(String path, Map<String, Object> fields, boolean withCsrf) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        if (withCsrf) {
            Csrf csrf = openForm("/register");
            request = request.cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
        }
        return request.formParams(fields).when().post(path);
    }

    private static String newEmail() {
        return "provider-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Rows in every table a registration writes to: bad input must leave all of them unchanged. */
    private List<Long> storedRows() {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        List.of(
                                        "organisation",
                                        "listing",
                                        "venue",
                                        "email_link",
                                        "mail_outbox",
                                        "rate_limit",
                                        "revision")
                                .stream()
                                .map(table -> ((Number) entityManager
                                                .createNativeQuery("select count(*) from " + table)
                                                .getSingleResult())
                                        .longValue())
                                .toList());
    }

    @Test
    void registeringSendsAOneTimeLinkAndNothingIsPublicUntilAModeratorApproves() {
        String email = newEmail();
        String checkEmail = post("/register", shelter(email), true)
                .then()
                .statusCode(303)
                .header("Location", containsString("/register/check-email?mail="))
                .extract()
                .header("Location");
        String link = Mailbox.awaitLink(email, LINK);
        // Once the email has gone, the page the person is on says so (until then: "on its way").
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().when().get(checkEmail).asString().contains("Your email has been sent."));
        String token = link.substring(link.indexOf("token=") + 6);

        long storedHash =
                QuarkusTransaction.requiringNew().call(() -> links.count("tokenHash", EmailLinks.hash(token)));
        assertEquals(1, storedHash, "the link is stored as a hash");
        assertEquals(
                0L,
                (long) QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                        .createNativeQuery("select count(*) from email_link where token_hash = ?1")
                                        .setParameter(1, token)
                                        .getSingleResult())
                                .longValue()),
                "never the secret itself");

        given().queryParam("token", token)
                .when()
                .get("/register/confirm")
                .then()
                .statusCode(200)
                .body(containsString("Confirm and send for checking"));
        // Opening the link alone (as mail scanners do) does not confirm anything.
        assertEquals(ListingStatus.DRAFT, statusOfListingFor(email));

        Csrf csrf = openForm("/register/confirm?token=" + token);
        given().redirects()
                .follow(false)
                .cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("token", token)
                .when()
                .post("/register/confirm")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/register/confirmed"));
        assertEquals(ListingStatus.PENDING, statusOfListingFor(email));

        given().queryParam("token", token)
                .when()
                .get("/register/confirm")
                .then()
                .statusCode(410)
                .body(containsString("This link has expired or has already been used"));
    }

    private ListingStatus statusOfListingFor(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> listings.find("organisation.contactEmail", email)
                        .firstResult()
                        .getStatus());
    }

    @Test
    void anExpiredLinkIsRefusedWithAClearPage() {
        UUID listing = fixtures.draft("Expired link activity");
        String secret = QuarkusTransaction.requiringNew()
                .call(() -> links.issue(
                                EmailLink.Purpose.CONFIRM_REGISTRATION,
                                "late@example.org",
                                listings.findById(listing),
                                Duration.ofSeconds(-1))
                        .secret());
        given().queryParam("token", secret)
                .when()
                .get("/register/confirm")
                .then()
                .statusCode(410)
                .body(containsString("This link has expired or has already been used"));
        given().queryParam("token", "made-up-token")
                .when()
                .get("/register/confirm")
                .then()
                .statusCode(410);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no group name           | organisationName | ''                      | organisationName | Enter the name of your group or organisation",
                "group name too long     | organisationName | LONG201                 | organisationName | 200 characters or fewer",
                "no activity name        | activityName     | ''                      | activityName     | Enter the name of the activity",
                "nothing said            | description      | '   '                   | description      | Say what happens",
                "no type of activity     | domains          | ''                      | domains          | Choose at least one type of activity",
                "unknown type            | domains          | astrology               | domains          | Choose types of activity from the list",
                "nowhere chosen          | where            | ''                      | where            | Choose where it happens",
                "no postcode             | postcode         | ''                      | postcode         | Enter the postcode of the place",
                "half a postcode         | postcode         | M18                     | postcode         | Enter a full postcode",
                "not a postcode          | postcode         | hello                   | postcode         | Enter a full postcode",
                "unknown postcode        | postcode         | ZZ9 9ZZ                 | postcode         | We could not find that postcode",
                "no email                | email            | ''                      | email            | Enter an email address",
                "malformed email         | email            | shelter.example.org     | email            | Enter an email address in the correct format",
                "bad phone               | phone            | call me                 | phone            | Enter a phone number",
                "bad website             | website          | javascript:alert(1)     | website          | Enter a website address starting with https://",
                "bad public email        | publicEmail      | @nowhere                | publicEmail      | Enter a public email address in the correct format",
                "bad start time          | startTime        | 25:99                   | startTime        | Enter a time, like 10:30",
                "bad end time            | endTime          | noon                    | endTime          | Enter a time, like 10:30",
                "made-up day             | days             | XX                      | days             | Choose days from the list",
                "made-up frequency       | frequency        | YEARLY                  | frequency        | Choose how often it happens",
                "made-up way to join     | howToJoin        | SHOUT                   | howToJoin        | Choose how people join from the list",
                "age in words            | minAge           | ten                     | minAge           | Enter an age in numbers",
                "bad cost                | cost             | BARTER                  | cost             | Choose free, low cost or paid",
                "made-up audience        | audiences        | aliens                  | audiences        | Choose who it is for from the list",
                "made-up accessibility   | accessibility    | teleporter              | accessibility    | Choose accessibility features from the list",
                "bad charity number      | charityNumber    | ABC                     | charityNumber    | Enter a charity number",
                "bad company number      | companyNumber    | 12                      | companyNumber    | Enter a company number"
            })
    void badInputGetsAMessageNextToTheFieldAndNothingIsStored(
            String why, String field, String value, String errorField, String message) {
        Map<String, Object> fields = shelter(newEmail());
        fields.put(field, "LONG201".equals(value) ? "x".repeat(201) : value == null ? "" : value);
        List<Long> before = storedRows();
        post("/register", fields, true)
                .then()
                .statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("id=\"" + errorField + "-error\""))
                .body(containsString(message));
        assertEquals(before, storedRows());
    }

    @Test
    void withoutTheCsrfTokenNothingIsStored() {
        List<Long> before = storedRows();
        assertEquals(400, post("/register", shelter(newEmail()), false).statusCode());
        assertEquals(before, storedRows());
    }

    @Test
    void aBotFillingTheHiddenFieldSeesSuccessButNothingIsStoredOrSent() {
        String email = newEmail();
        Map<String, Object> fields = shelter(email);
        fields.put("homepage", "http://spam.example.com");
        List<Long> before = storedRows();
        post("/register", fields, true)
                .then()
                .statusCode(303)
                .header("Location", containsString("/register/check-email?mail="));
        assertEquals(before, storedRows());
        assertEquals(0, Mailbox.messages(email).size());
    }

    @Test
    void theMailRateLimitHoldsPerEmailAddress() {
        String email = newEmail();
        for (int i = 0; i < 3; i++) {
            post("/register", shelter(email), true).then().statusCode(303);
        }
        post("/register", shelter(email), true)
                .then()
                .statusCode(429)
                .body(containsString("id=\"email-error\""))
                .body(containsString("Wait an hour, then try again"));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(email).size() == 3);
        assertEquals(3, Mailbox.messages(email).size());
    }

    /** "Send it again" sends the same link again, and counts against the same limit of 3 an hour. */
    @Test
    void sendItAgainResendsTheSameLinkWithinTheLimit() {
        String email = newEmail();
        String checkEmail = post("/register", shelter(email), true)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String receipt = checkEmail.substring(checkEmail.indexOf("mail=") + 5);
        for (int again = 1; again <= 2; again++) {
            Csrf csrf = openForm("/register/check-email?mail=" + receipt);
            String next = given().redirects()
                    .follow(false)
                    .cookie("csrf-token", csrf.cookie())
                    .formParam("csrf-token", csrf.token())
                    .formParam("mail", receipt)
                    .when()
                    .post("/register/check-email")
                    .then()
                    .statusCode(303)
                    .header("Location", containsString("/register/check-email?mail="))
                    .extract()
                    .header("Location");
            receipt = next.substring(next.indexOf("mail=") + 5);
        }
        Csrf csrf = openForm("/register/check-email?mail=" + receipt);
        given().redirects()
                .follow(false)
                .cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("mail", receipt)
                .when()
                .post("/register/check-email")
                .then()
                .statusCode(429)
                .body(containsString("Wait an hour, then try again"));

        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(email).size() == 3);
        List<String> links = Mailbox.messages(email).stream()
                .map(m -> m.replaceAll("(?s).*(" + LINK + ").*", "$1"))
                .distinct()
                .toList();
        assertEquals(1, links.size(), "the same link each time: " + links);
    }

    @Test
    void theOptionalDetailsCanBeGivenAtOnce() {
        String email = newEmail();
        Map<String, Object> fields = shelter(email);
        fields.put("audiences", List.of("carers", "older-people"));
        fields.put("accessibility", "step-free-access");
        fields.put("languages", List.of("en", "ur"));
        fields.put("charityNumber", "1123456");
        fields.put("cost", "LOW_COST");
        fields.put("days", List.of("TU", "SA"));
        fields.put("frequency", "FORTNIGHTLY");
        fields.put("nextDate", "1/12/2026");
        fields.put("startTime", "10:30");
        fields.put("endTime", "12:00");
        fields.put("venueName", "Moston Paws rescue centre");
        fields.put("address", "1 Kennel Lane, Manchester");
        fields.put("howToJoin", "BOOK");
        fields.put("minAge", "16");
        fields.put("maxAge", "80");
        post("/register", fields, true).then().statusCode(303);

        var listing = QuarkusTransaction.requiringNew().call(() -> {
            var l = listings.find("organisation.contactEmail", email).firstResult();
            l.getSessions().size();
            l.getVenues().size();
            l.getOrganisation().getCharityNumber();
            return l;
        });
        assertEquals(List.of("carers", "older-people"), listing.getAudiences());
        assertEquals(List.of("step-free-access"), listing.getAccessibility());
        assertEquals(List.of("en", "ur"), listing.getLanguages());
        assertEquals("1123456", listing.getOrganisation().getCharityNumber());
        assertEquals(org.healthdirectory.listing.Cost.LOW_COST, listing.getCost());
        assertEquals(
                java.time.LocalTime.of(10, 30), listing.getSessions().get(0).getStartTime());
        assertEquals(java.time.LocalTime.of(12, 0), listing.getSessions().get(0).getEndTime());
        assertEquals(
                "Every other Tuesday and Saturday, 10:30am to 12pm",
                org.healthdirectory.listing.ScheduleText.describe(
                        listing.getSessions().get(0).pattern()));
        assertEquals(List.of("TU", "SA"), listing.getSessions().get(0).getDayCodes());
        assertEquals(
                java.time.LocalDate.of(2026, 12, 1),
                listing.getSessions().get(0).pattern().startsOn(),
                "every other week counts from the next session's date");
        assertEquals("Moston Paws rescue centre", listing.getVenues().get(0).getName());
        assertEquals("1 Kennel Lane, Manchester", listing.getVenues().get(0).getAddress());
        assertEquals(org.healthdirectory.listing.HowToJoin.BOOK, listing.getHowToJoin());
        assertEquals(16, listing.getMinAge());
        assertEquals(80, listing.getMaxAge());
    }

    @Test
    void onlyTheSixAnswersGiveAListingThatSaysNothingElseAsFact() {
        String email = newEmail();
        post("/register", shelter(email), true).then().statusCode(303);
        var listing = QuarkusTransaction.requiringNew().call(() -> {
            var l = listings.find("organisation.contactEmail", email).firstResult();
            l.getSessions().size();
            l.getVenues().size();
            return l;
        });
        assertEquals(null, listing.getHowToJoin(), "how to join was not asked, so it is not known");
        assertEquals(null, listing.getCost(), "cost was not given");
        assertEquals(null, listing.getMinAge());
        assertEquals(null, listing.getMaxAge());
        assertEquals(List.of(), listing.getLanguages(), "no language is assumed");
        assertEquals(List.of(), listing.getSessions());
        assertEquals(null, listing.getVenues().get(0).getName());
    }

    @Test
    void onceAMonthIsOnTheSameWeekdayOfTheMonthAsTheNextSession() {
        String email = newEmail();
        Map<String, Object> fields = shelter(email);
        fields.put("days", List.of("TU"));
        fields.put("frequency", "MONTHLY");
        fields.put("nextDate", "8/12/2026");
        fields.put("startTime", "14:00");
        post("/register", fields, true).then().statusCode(303);

        var session = QuarkusTransaction.requiringNew()
                .call(() -> listings.find("organisation.contactEmail", email)
                        .firstResult()
                        .getSessions()
                        .get(0));
        assertEquals(
                "Second Tuesday of every month, 2pm",
                org.healthdirectory.listing.ScheduleText.describe(session.pattern()));
    }

    @Test
    void onceAMonthIsOneDaySoNoTickedDayIsDropped() {
        Map<String, Object> fields = shelter(newEmail());
        fields.put("days", List.of("TU", "TH"));
        fields.put("frequency", "MONTHLY");
        fields.put("nextDate", "8/12/2026");
        List<Long> before = storedRows();
        post("/register", fields, true)
                .then()
                .statusCode(400)
                .body(containsString("id=\"days-error\""))
                .body(containsString("Choose one day for once a month, like the second Tuesday"));
        assertEquals(before, storedRows());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no date given        | ''         | Enter the date of the next session",
                "not a real date      | 31/2/2027  | Enter a real date, like 24/12/2026",
                "not a ticked day     | 2/12/2026  | That date is a Wednesday. Enter a date on a day you ticked"
            })
    void everyOtherWeekNeedsTheNextSessionsDate(String why, String nextDate, String message) {
        Map<String, Object> fields = shelter(newEmail());
        fields.put("days", List.of("TU"));
        fields.put("frequency", "FORTNIGHTLY");
        fields.put("nextDate", nextDate);
        List<Long> before = storedRows();
        post("/register", fields, true)
                .then()
                .statusCode(400)
                .body(containsString("id=\"nextDate-error\""))
                .body(containsString("href=\"#nextDate\""))
                .body(containsString(message));
        assertEquals(before, storedRows());
    }

    @Test
    void agesTheWrongWayRoundAreShownAtTheOldestAge() {
        Map<String, Object> fields = shelter(newEmail());
        fields.put("minAge", "90");
        fields.put("maxAge", "5");
        post("/register", fields, true)
                .then()
                .statusCode(400)
                .body(containsString("id=\"maxAge-error\""))
                .body(containsString("href=\"#maxAge\""))
                .body(containsString("The youngest age must be the same as or lower than the oldest age"));
    }

    @Test
    void anEmptyEmailShowsOneErrorNotTwo() {
        Map<String, Object> fields = shelter("");
        String page =
                post("/register", fields, true).then().statusCode(400).extract().asString();
        assertTrue(page.contains("Enter an email address"));
        assertFalse(page.contains("in the correct format"), "a missing address is not also a badly formed one");
        assertEquals(1, page.split("href=\"#email\"", -1).length - 1, "one line in the error summary");
    }
}
