package org.healthdirectory.schedule;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.Providers;
import org.healthdirectory.testing.TestUrls;
import org.junit.jupiter.api.Test;

/**
 * A shelter on a small phone registers dog walks every other Tuesday at its rescue centre. Later it moves
 * them to Wednesdays and adds Friday walks at a second place. A moderator sees what changed and approves;
 * the public page and the calendar file then show the new days at both places. With JavaScript on
 * (axe on every page) and again with it off. Every page reflows at 320 pixels without sideways scrolling.
 */
@QuarkusTest
class WhenWhereBrowserTest extends BrowserTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @Inject
    ListingRepository listings;

    @Inject
    Clock clock;

    @Test
    void aShelterMovesItsFortnightlyWalksAndAddsASecondPlace() {
        journey(true);
    }

    @Test
    void worksWithoutJavaScript() {
        switchJavaScriptOff();
        journey(false);
    }

    private void journey(boolean javaScript) {
        page.setViewportSize(320, 640);
        String shelter = "Levenshulme Paws " + UUID.randomUUID().toString().substring(0, 6);
        String email = Providers.newEmail("paws");
        LocalDate firstWalk = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")))
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        register(shelter, email, firstWalk);
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> listings.find("organisation.name", shelter)
                        .firstResult()
                        .getId());

        staffSignIn();
        openInQueue(shelter);
        assertThat(page.locator(".console-diff")).containsText("Moston Paws rescue centre");
        assertThat(page.locator(".console-diff")).containsText("Every other Tuesday, 10am to 11:30am");
        check(javaScript);
        approve();

        open("/listings/" + id);
        assertThat(page.locator("main")).containsText("Every other Tuesday, 10am to 11:30am");
        assertThat(page.locator("main")).containsText(firstWalk.format(SHOWN));
        check(javaScript);

        providerSignIn(email);
        page.click("text=Change when and where");
        assertThat(page.locator("h1")).hasText("When and where");
        check(javaScript);
        page.uncheck("#p0-t0-days-TU");
        page.check("#p0-t0-days-WE");
        page.check("#p1-mode-in-person");
        page.fill("#p1-name", "Gorton library");
        page.fill("#p1-postcode", "M18 8RN");
        page.check("#p1-t0-often-weekly");
        page.check("#p1-t0-days-FR");
        page.fill("#p1-t0-start", "2pm");
        page.fill("#p1-t0-end", "1pm");
        page.fill("#calendar-url", "our google calendar");
        page.click("main button[type=submit]");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("The end time must be after the start time");
        assertThat(page.locator("#calendar-url-error")).containsText("Enter the web address of your calendar");
        check(javaScript);
        page.fill("#p1-t0-end", "3pm");
        page.fill("#calendar-url", "webcal://calendar.example.org/levenshulme-paws.ics");
        page.click("main button[type=submit]");
        assertThat(page.locator("main")).containsText("Your changes have been sent for checking");
        check(javaScript);

        assertEquals(
                "https://calendar.example.org/levenshulme-paws.ics",
                QuarkusTransaction.requiringNew()
                        .call(() -> listings.findById(id).getCalendarUrl()),
                "the calendar address is kept, to be read on a schedule");

        // Until a moderator approves, the public keeps seeing Tuesdays.
        open("/listings/" + id);
        assertThat(page.locator("main")).not().containsText("Gorton library");

        openInQueue(shelter);
        assertThat(page.locator(".console-diff")).containsText("Every other Wednesday, 10am to 11:30am");
        assertThat(page.locator(".console-diff")).containsText("Gorton library");
        assertThat(page.locator(".console-diff")).not().containsText("Come and walk one of our rescue dogs");
        check(javaScript);
        approve();

        open("/listings/" + id);
        assertThat(page.locator("main")).containsText("Every other Wednesday, 10am to 11:30am");
        assertThat(page.locator("main")).containsText("Gorton library");
        assertThat(page.locator("main")).containsText("Every Friday, 2pm to 3pm");
        check(javaScript);

        String calendar = given().when()
                .get("/listings/" + id + "/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(calendar.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"), calendar);
        assertTrue(calendar.contains("RRULE:FREQ=WEEKLY;BYDAY=FR"), calendar);
        assertTrue(calendar.contains("LOCATION:Gorton library"), calendar);
        assertTrue(!calendar.contains("BYDAY=TU"), calendar);
    }

    private void register(String shelter, String email, LocalDate firstWalk) {
        open("/register");
        page.fill("#organisationName", shelter);
        page.fill("#activityName", "Dog walking");
        page.fill(
                "#description",
                "Come and walk one of our rescue dogs on the fields behind the shelter. No experience needed.");
        page.click("label[for=domains]");
        page.click("label[for=where]");
        page.fill("#postcode", "M40 9NB");
        page.fill("#email", email);
        page.click("text=Add more details now");
        page.fill("#venueName", "Moston Paws rescue centre");
        page.check("#days-TU");
        page.check("#frequency-fortnightly");
        page.fill("#startTime", "10:00");
        page.fill("#endTime", "11:30");
        page.click("main button[type=submit]");
        assertThat(page.locator("#nextDate-error")).containsText("Enter the date of the next session");
        page.fill("#nextDate", firstWalk.format(TYPED));
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Check your email");
        page.navigate(Mailbox.awaitLink(email, TestUrls.linkTo("/register/confirm")));
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).containsText("sent for checking");
    }

    private void staffSignIn() {
        open("/console");
        assertThat(page).hasURL(Pattern.compile(".*/realms/health-directory/protocol/openid-connect/auth.*"));
        page.fill("#username", "moderator");
        page.fill("#password", "moderator-demo");
        page.click("#kc-login");
        assertThat(page).hasURL(baseUrl() + "/console");
    }

    private void openInQueue(String shelter) {
        open("/console/queue");
        page.click("main tr:has-text('" + shelter + "') a");
        assertThat(page.locator("h1")).hasText("Dog walking");
    }

    private void approve() {
        page.click("main button[value=approve]");
        assertThat(page.locator("[role=status]")).containsText("Approved");
    }

    private void providerSignIn(String email) {
        open("/manage");
        page.fill("#email", email);
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Check your email");
        page.navigate(Mailbox.awaitLink(email, TestUrls.linkTo("/manage/sign-in")));
        page.click("main button[type=submit]");
        assertThat(page.locator("h1")).hasText("Your listings");
    }

    /** The page fits a 320 pixel screen (WCAG 1.4.10 reflow) and, when scripts run, axe finds nothing. */
    private void check(boolean javaScript) {
        Object sticking = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .map(e => e.tagName + '#' + e.id + '.' + e.className).slice(-6).join(', ')""");
        assertEquals("", sticking, "Sticks out sideways at " + page.url());
        if (javaScript) {
            assertAccessible();
        }
    }
}
