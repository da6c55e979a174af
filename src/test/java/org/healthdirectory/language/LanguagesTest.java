package org.healthdirectory.language;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.healthdirectory.listing.Frequency;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.vetting.CheckForm;
import org.healthdirectory.vetting.CheckKind;
import org.healthdirectory.vetting.CheckStatus;
import org.healthdirectory.vetting.Checks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Choosing a language: the address and a cookie choose it, the browser's own language only suggests, staff
 * pages stay English, a search typed in each language finds the demo's walking groups and benefits advice, and
 * a signposting sheet emailed from a translated page arrives in that page's language.
 */
@QuarkusTest
class LanguagesTest {

    private static final List<String> WALKS = List.of(
            "Clayton Vale Wednesday walk", "Short and steady walk", "Lunchtime canal walk", "Women's walk and talk");
    private static final List<String> BENEFITS =
            List.of("Benefits check and advice drop-in", "Advice drop-in", "Advice at Portway Health Centre");

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    Checks checks;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    @Test
    void theAddressChoosesTheLanguageAndACookieKeepsIt() {
        Response urdu = given().when().get("/?lang=ur");
        urdu.then()
                .statusCode(200)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\">"))
                .body(containsString("اپنے قریب ایسی سرگرمیاں تلاش کریں"))
                .cookie("lang", "ur");
        given().cookie("lang", "ur")
                .when()
                .get("/search?q=walking")
                .then()
                .body(containsString("<html lang=\"ur\" dir=\"rtl\">"))
                .body(containsString("ملنے والی سرگرمیاں"))
                // The search form carries the language, so the results page can be shared in Urdu.
                .body(containsString("<input type=\"hidden\" name=\"lang\" value=\"ur\">"));
        given().cookie("lang", "ur")
                .when()
                .get("/?lang=en")
                .then()
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .cookie("lang", "en");
    }

    @Test
    void theBrowsersLanguageOnlySuggestsAndNeverHidesEnglish() {
        Response page = given().header("Accept-Language", "ar, en;q=0.5").when().get("/");
        page.then()
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Find local activities that help you stay well"))
                .body(containsString("هذه الصفحة متوفرة أيضًا باللغة العربية"));
        assertNull(page.getCookie("lang"), "the browser's language is never stored as a choice");
        // Once someone has chosen, no more suggestions.
        given().header("Accept-Language", "ar")
                .cookie("lang", "en")
                .when()
                .get("/")
                .then()
                .body(not(containsString("directory-languages__suggestion")));
    }

    @Test
    void staffPagesStayEnglish() {
        Response page = given().cookie("lang", "ar").when().get("/register?lang=ar");
        page.then().body(containsString("<html lang=\"en\" dir=\"ltr\">"));
        assertNull(page.getCookie("lang"));
        // "Is this your group?" is a provider's page under a listing's address: English, and said to be.
        given().cookie("lang", "pl")
                .when()
                .get("/listings/" + claytonWalkId() + "/claim")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Is this your group?"));
    }

    @Test
    void theLanguageSpokenFilterComesFirstWithTheReadersLanguageChosen() {
        given().when()
                .get("/search?q=walking&lang=pl")
                .then()
                .body(containsString("Język, którym mówią"))
                .body(containsString("<option value=\"pl\" selected>polski</option>"));
    }

    @Test
    void aWrongSearchIsExplainedInTheReadersLanguage() {
        given().when()
                .get("/search?age=old&lang=bn")
                .then()
                .statusCode(400)
                .body(containsString("একটি সমস্যা হয়েছে"))
                .body(containsString("0 থেকে 120-এর মধ্যে একটি বয়স লিখুন"));
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @CsvSource({
        "ur, پیدل چلنا, بینیفٹس",
        "pl, spacery, zasiłki",
        "ar, المشي, الإعانات",
        "bn, হাঁটা, বেনিফিট",
    })
    void aSearchTypedInEachLanguageFindsWalkingGroupsAndBenefitsAdvice(
            String language, String walking, String benefits) {
        List<String> walks = names(walking);
        assertTrue(walks.stream().limit(5).anyMatch(WALKS::contains), language + " " + walking + " found " + walks);
        List<String> advice = names(benefits);
        assertTrue(
                advice.stream().limit(5).anyMatch(BENEFITS::contains), language + " " + benefits + " found " + advice);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pl, 'Co tydzień: środa, 10:00–11:30', Bezpłatne, Wystarczy przyjść, angielski, Grupa społeczna",
        "ur, 'ہر ہفتے: بدھ, 10:00–11:30', مفت, بس آ جائیں, انگریزی, کمیونٹی گروپ",
        "ar, 'كل أسبوع: الأربعاء, 10:00–11:30', مجاني, تعال فقط, الإنجليزية, مجموعة مجتمعية",
        "bn, 'প্রতি সপ্তাহে: বুধবার, 10:00–11:30', বিনামূল্যে, সরাসরি চলে আসুন, ইংরেজি, কমিউনিটি গ্রুপ",
    })
    void aListingPageSaysWhenHowMuchAndHowToJoinInTheReadersLanguage(
            String language, String when, String free, String turnUp, String english, String communityGroup) {
        String id = claytonWalkId();
        given().queryParam("lang", language)
                .when()
                .get("/listings/" + id)
                .then()
                .statusCode(200)
                .body(containsString(when))
                .body(containsString(free))
                .body(containsString(turnUp))
                .body(containsString(english))
                .body(containsString(communityGroup))
                .body(not(containsString("Community group")))
                .body(not(containsString("Every Wednesday")))
                .body(not(containsString("Just turn up")))
                .body(not(containsString("Add these sessions")))
                .body(not(containsString("November")))
                .body(not(containsString("December")));
    }

    @Test
    void searchResultsSayTheCostAndTheNextSessionInTheReadersLanguage() {
        given().queryParam("q", "Clayton Vale Wednesday walk")
                .queryParam("lang", "pl")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("Bezpłatne"))
                .body(containsString("Następne: środa"))
                .body(not(containsString("Next: Wednesday")));
    }

    @Test
    void aSignpostingSheetEmailedFromAPolishPageArrivesInPolish() {
        Mailbox.Mail mail = sheetEmailedFrom("pl");
        assertEquals("Zajęcia polecone dla Ciebie. Poleca: Clayton <Medical> Centre", mail.subject());
        assertContains(mail.text(), "Dzień dobry,");
        assertContains(mail.text(), "Poleca: Clayton <Medical> Centre, ");
        assertContains(mail.text(), "Kiedy: Co tydzień: środa, 10:00–11:30. Następne: środa ");
        assertContains(mail.text(), "Koszt: Bezpłatne");
        assertContains(mail.text(), "Jak dołączyć: Wystarczy przyjść");
        assertContains(mail.text(), "Jeśli coś się zmieniło");
        for (String english : List.of(
                "Hello",
                "suggested these",
                "When:",
                "Every Wednesday",
                "Next:",
                "Cost:",
                "How to join:",
                "More details:")) {
            assertFalse(mail.text().contains(english), "still English: " + english + " in\n" + mail.text());
        }
    }

    @Test
    void aSignpostingSheetEmailedFromAnUrduPageArrivesInUrdu() {
        Mailbox.Mail mail = sheetEmailedFrom("ur");
        assertEquals("آپ کے لیے تجویز کردہ سرگرمیاں: Clayton <Medical> Centre کی تجویز", mail.subject());
        assertContains(mail.text(), "کب: ہر ہفتے: بدھ, 10:00–11:30. اگلا: بدھ ");
        assertContains(mail.text(), "قیمت: مفت");
    }

    @Test
    void aSignpostingSheetEmailedFromAnEnglishPageStaysAsItWas() {
        Mailbox.Mail mail = sheetEmailedFrom("en");
        assertEquals("Activities suggested for you by Clayton <Medical> Centre", mail.subject());
        assertContains(mail.text(), "Hello,");
        assertContains(mail.text(), "Clayton <Medical> Centre suggested these activities on ");
        assertContains(mail.text(), ". You do not need to do anything you do not want to.");
        assertContains(mail.text(), "   When: Every Wednesday, 10am to 11:30am. Next: Wednesday ");
        assertContains(mail.text(), "   Cost: Free");
        assertContains(mail.text(), "   How to join: Just turn up");
        assertContains(mail.text(), "   More details: ");
        assertContains(mail.text(), "If something has changed, the web page for each activity has the latest details.");
    }

    @Test
    void theSheetPageSaysWhatWentWrongAndThatItWasSentInTheReadersLanguage() {
        Shortlisted polish = shortlistTheWalkFrom("pl");
        // An address in the wrong format: told in Polish, next to the field and in the error summary.
        polish.form()
                .formParam("email", "not-an-address")
                .when()
                .post("/shortlist/sheet/email")
                .then()
                .statusCode(400)
                .body(containsString("<html lang=\"pl\""))
                .body(containsString("Wpisz adres e-mail w poprawnym formacie, na przykład name@example.com"))
                .body(containsString("<span class=\"nhsuk-u-visually-hidden\">Błąd:</span>"))
                .body(containsString("Adres e-mail, na który wysłać kartkę"))
                .body(not(containsString("Enter an email address")))
                .body(not(containsString("Error:")))
                .body(not(containsString("Send by email")));
        polish.form()
                .formParam("email", "")
                .when()
                .post("/shortlist/sheet/email")
                .then()
                .statusCode(400)
                .body(containsString("Wpisz adres e-mail, na który wysłać kartkę"))
                .body(not(containsString("Enter the email address")));
        // Where sending by email leads (checked in aSignpostingSheetEmailedFrom...): the note is in Polish.
        polish.get()
                .when()
                .get("/shortlist/sheet?sent=email")
                .then()
                .statusCode(200)
                .body(containsString("Kartka jest już w drodze e-mailem."))
                .body(not(containsString("on its way")))
                .body(not(containsString("Change the sheet")))
                .body(not(containsString("We do not keep")));

        Shortlisted urdu = shortlistTheWalkFrom("ur");
        urdu.form()
                .formParam("mobile", "12345")
                .when()
                .post("/shortlist/sheet/text")
                .then()
                .statusCode(400)
                .body(containsString("برطانیہ کا موبائل نمبر لکھیں، جیسے 07700 900 982"))
                .body(not(containsString("Enter a UK mobile number")));
        urdu.get()
                .when()
                .get("/shortlist/sheet?sent=outbox")
                .then()
                .statusCode(200)
                .body(containsString("ٹیکسٹ میسج نہیں بھیجا گیا"))
                .body(not(containsString("was not sent")))
                .body(not(containsString("Important:")));
    }

    @Test
    void errorPagesAreInTheReadersLanguage() {
        given().when()
                .get("/listings/" + UUID.randomUUID() + "?lang=pl")
                .then()
                .statusCode(404)
                .body(containsString("<html lang=\"pl\""))
                .body(containsString("<h1>Nie znaleziono strony</h1>"))
                .body(not(containsString("Page not found")))
                .body(not(containsString("web address")));
        given().when()
                .get("/listings/" + UUID.randomUUID() + "?lang=ar")
                .then()
                .statusCode(404)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(not(containsString("Page not found")));
        // A control character in the search: refused before any resource runs, still in Polish.
        given().urlEncodingEnabled(false)
                .when()
                .get("/search?lang=pl&q=walk%01")
                .then()
                .statusCode(400)
                .body(containsString("Przepraszamy, nie rozumiemy tej prośby"))
                .body(containsString("ma znaki, których nie możemy przyjąć"))
                .body(not(containsString("Sorry")))
                .body(not(containsString("characters we cannot accept")))
                .body(not(containsString("Go to the home page")));
        // A form sent without its token: the refusal page is in Urdu and keeps what was typed.
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie(ChosenLanguage.COOKIE, "ur")
                .formParam("q", "walk")
                .formParam("found", "no")
                .formParam("comment", "Swimming for women")
                .when()
                .post("/search/feedback")
                .then()
                .statusCode(400)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\">"))
                .body(containsString("معاف کیجیے، ہم یہ فارم نہیں بھیج سکے"))
                .body(containsString("آپ نے کیا لکھا"))
                .body(containsString(">Swimming for women</textarea>"))
                .body(not(containsString("Sorry, we could not send that form")))
                .body(not(containsString("Nothing has been saved")))
                .body(not(containsString("What you typed")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pl, ltr, Nie znaleziono strony", "ar, rtl, الصفحة غير موجودة"})
    void aNotFoundPageIsInTheReadersLanguageAtAnyAddress(String language, String dir, String notFound) {
        String html = "<html lang=\"" + language + "\" dir=\"" + dir + "\">";
        // An address that is no page of ours, chosen in the address or earlier (the cookie).
        for (RequestSpecification visitor :
                List.of(given().queryParam("lang", language), given().cookie(ChosenLanguage.COOKIE, language))) {
            visitor.when()
                    .get("/no-such-page")
                    .then()
                    .statusCode(404)
                    .body(containsString(html))
                    .body(containsString("<h1>" + notFound + "</h1>"))
                    .body(containsString("hreflang=\"en\">English</a>"))
                    .body(not(containsString("Page not found")))
                    .body(not(containsString("web address")))
                    .body(not(containsString("search for other activities")));
        }
        // A listing, a tag, a domain and a content page that do not exist.
        for (String path : List.of(
                "/listings/" + UUID.randomUUID(),
                "/domains/physical-activity/no-such-tag",
                "/domains/no-such-domain",
                "/pages/no-such-page",
                "/no/such/address")) {
            given().cookie(ChosenLanguage.COOKIE, language)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .body(containsString(html))
                    .body(containsString(notFound))
                    .body(not(containsString("Page not found")));
        }
        // Provider pages stay English for now, even where nothing is.
        given().cookie(ChosenLanguage.COOKIE, language)
                .when()
                .get("/register/no-such-page")
                .then()
                .statusCode(404)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Page not found"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pl, ltr, Co jest źle?, Niektóre informacje są błędne, Napisz więcej, E-mail",
        "ar, rtl, ما الخطأ؟, بعض المعلومات خاطئة, أخبرنا بالمزيد, البريد الإلكتروني",
    })
    void aRefusedFormNamesWhatWasTypedInTheReadersLanguage(
            String language, String dir, String whatIsWrong, String wrongDetails, String tellUsMore, String email) {
        String walk = claytonWalkId();
        // The report form sent without its token (a page left open too long): refused, with what was typed.
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie(ChosenLanguage.COOKIE, language)
                .formParam("reason", "WRONG_DETAILS")
                .formParam("details", "The group meets on Thursdays now.")
                .formParam("email", "reader@example.org")
                .when()
                .post("/listings/" + walk + "/report")
                .then()
                .statusCode(400)
                .body(containsString("<html lang=\"" + language + "\" dir=\"" + dir + "\">"))
                .body(containsString(">" + whatIsWrong + "</label>"))
                .body(containsString(">" + wrongDetails + "</textarea>"))
                .body(containsString(">" + tellUsMore + "</label>"))
                .body(containsString(">The group meets on Thursdays now.</textarea>"))
                .body(containsString(">" + email + "</label>"))
                .body(containsString(">reader@example.org</textarea>"))
                .body(not(containsString(">Reason</label>")))
                .body(not(containsString("WRONG_DETAILS")))
                .body(not(containsString(">Details</label>")))
                .body(not(containsString(">Email</label>")));
        // The sheet's text form: the number and the practice under their own names, the hidden size left out.
        Shortlisted list = shortlistTheWalkFrom(language);
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie(ChosenLanguage.COOKIE, language)
                .cookies(list.cookies())
                .formParam("mobile", "07700 900 982")
                .formParam("practice", "Clayton Medical Centre")
                .formParam("size", "large")
                .when()
                .post("/shortlist/sheet/text")
                .then()
                .statusCode(400)
                .body(containsString(">"
                        + Translations.messages(Language.fromCode(language).orElseThrow())
                                .sheetMobileLabel()
                        + "</label>"))
                .body(containsString(">"
                        + Translations.messages(Language.fromCode(language).orElseThrow())
                                .sheetPracticeLabel()
                        + "</label>"))
                .body(not(containsString(">Mobile</label>")))
                .body(not(containsString(">Practice</label>")))
                .body(not(containsString(">Size</label>")))
                .body(not(containsString(">large</textarea>")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pl, ltr", "ar, rtl"})
    void theTextMessageOutboxSaysWhenInTheReadersLanguage(String language, String dir) {
        Shortlisted list = shortlistTheWalkFrom(language);
        list.form()
                .formParam("mobile", "07700 900 982")
                .when()
                .post("/shortlist/sheet/text")
                .then()
                .statusCode(303)
                .header("Location", containsString("sent=outbox"));
        LocalDate today = checks.today();
        Locale locale = Locale.forLanguageTag(language);
        given().cookie(ChosenLanguage.COOKIE, language)
                .cookies(list.cookies())
                .when()
                .get("/shortlist/outbox")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"" + language + "\" dir=\"" + dir + "\">"))
                .body(containsString("<p class=\"nhsuk-body-s\">"
                        + DateTimeFormatter.ofPattern("d MMMM yyyy, ", locale).format(today)))
                .body(not(containsString(today.getMonth().getDisplayName(TextStyle.FULL, Locale.UK))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pl, ltr, 'Około '", "ar, rtl, 'على بعد '"})
    void searchResultsSayHowFarWhereAndWhenInTheReadersLanguage(String language, String dir, String about) {
        Language reader = Language.fromCode(language).orElseThrow();
        MoreMessages txt = Translations.more(reader);
        // A full postcode the sample data does not have: placed by its outward code, so distances are rough.
        String near = given().queryParam("q", "walking")
                .queryParam("postcode", "M11 3FF")
                .queryParam("lang", language)
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"" + language + "\" dir=\"" + dir + "\">"))
                .extract()
                .asString();
        assertContains(near, "<title>" + txt.titleWordsNear("walking", "M11 3FF"));
        assertContains(near, txt.placeNotFoundNote("M11 3FF", "M11"));
        assertContains(near, "<span class=\"directory-distance\">" + about);
        for (String english : List.of(" near M11", "We could not find the postcode", "miles away", "mile away")) {
            assertFalse(near.contains(english), "still English: " + english);
        }
        assertFalse(
                near.matches("(?s).*(January|February|March|April|May|June|July|August|September|October|November"
                        + "|December) 20\\d\\d.*"),
                "a last-checked date with an English month");
        // Activities that come to you: where they happen is said in the reader's words too.
        given().queryParam("q", "befriending")
                .queryParam("lang", language)
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString(Translations.messages(reader).venueAtHome()))
                .body(not(containsString("At your home or by phone")))
                .body(not(containsString("Page 1 of")));
        given().queryParam("lang", language)
                .when()
                .get("/listings/" + claytonWalkId())
                .then()
                .body(containsString(txt.professionalQuestion()))
                .body(not(containsString("Health or care professional?")))
                .body(not(containsString("Sign in to see how to refer")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pl, ltr, O tym katalogu, Informacja o prywatności, Deklaracja dostępności",
        "ar, rtl, عن هذا الدليل, إشعار الخصوصية, بيان إمكانية الوصول",
    })
    void contentPagesAreInTheReadersLanguage(
            String language, String dir, String about, String privacy, String accessibility) {
        Map<String, String> pages = Map.of("about", about, "privacy", privacy, "accessibility", accessibility);
        Map<String, String> english = Map.of(
                "about",
                "This directory helps you find",
                "privacy",
                "This notice explains",
                "accessibility",
                "We want as many people as possible");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            given().cookie(ChosenLanguage.COOKIE, language)
                    .when()
                    .get("/pages/" + page.getKey())
                    .then()
                    .statusCode(200)
                    .body(containsString("<html lang=\"" + language + "\" dir=\"" + dir + "\">"))
                    .body(containsString("<h1>" + page.getValue() + "</h1>"))
                    .body(containsString("href=\"/pages/" + page.getKey() + "?lang=en\""))
                    .body(not(containsString(english.get(page.getKey()))));
        }
        // Help for groups is for providers, whose pages stay English: it says so, and marks its English.
        given().cookie(ChosenLanguage.COOKIE, language)
                .when()
                .get("/pages/help-for-providers")
                .then()
                .statusCode(200)
                .body(containsString(
                        Translations.more(Language.fromCode(language).orElseThrow())
                                .onlyInEnglish()))
                .body(containsString("<div lang=\"en\" dir=\"ltr\">"));
        given().when().get("/pages/about").then().body(containsString("<h1>About this directory</h1>"));
    }

    @Test
    void reportingAProblemIsInTheReadersLanguage() {
        String walk = claytonWalkId();
        Response form = given().when().get("/listings/" + walk + "/report?lang=pl");
        form.then()
                .statusCode(200)
                .body(containsString("<h1>Zgłoś problem z tą stroną</h1>"))
                .body(containsString("Dane kontaktowe nie działają"))
                .body(not(containsString("Tell us more")))
                .body(not(containsString("The contact details do not work")));
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        // Nothing chosen or written: both problems in Polish, in the summary and next to the fields.
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", form.getCookie("csrf-token"))
                .cookie(ChosenLanguage.COOKIE, "pl")
                .formParam("csrf-token", token)
                .formParam("details", "")
                .formParam("email", "not-an-address")
                .when()
                .post("/listings/" + walk + "/report")
                .then()
                .statusCode(400)
                .body(containsString("<html lang=\"pl\""))
                .body(containsString("Wybierz, co jest źle"))
                .body(containsString("Napisz, co jest źle"))
                .body(containsString("Wpisz adres e-mail w poprawnym formacie, na przykład name@example.com"))
                .body(containsString("<span class=\"nhsuk-u-visually-hidden\">Błąd:</span>"))
                .body(not(containsString("Choose what is wrong")))
                .body(not(containsString("Tell us what is wrong")))
                .body(not(containsString("Enter an email address")))
                .body(not(containsString("Error:")))
                .body(not(containsString("Send report")));
        given().cookie(ChosenLanguage.COOKIE, "ar")
                .when()
                .get("/listings/" + walk + "/report/sent")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("شكرًا لأنك أخبرتنا"))
                .body(not(containsString("Thank you for telling us")))
                .body(not(containsString("What happens next")))
                .body(not(containsString("working days")));
    }

    @Test
    void didYouFindWhatYouNeededIsAskedAndAnsweredInTheReadersLanguage() {
        Response results = given().when().get("/search?q=walk&lang=bn");
        results.then()
                .statusCode(200)
                .body(containsString("আপনার যা দরকার ছিল তা কি পেয়েছেন?"))
                .body(not(containsString("Did you find what you needed?")));
        String token = results.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        RequestSpecification form = given().contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", results.getCookie("csrf-token"))
                .cookie(ChosenLanguage.COOKIE, "pl")
                .formParam("csrf-token", token)
                .formParam("q", "walk");
        form.when()
                .post("/search/feedback")
                .then()
                .statusCode(400)
                .body(containsString("Wybierz tak albo nie"))
                .body(containsString("<span class=\"nhsuk-u-visually-hidden\">Błąd:</span>"))
                .body(not(containsString("Choose yes or no")))
                .body(not(containsString("Error:")))
                .body(not(containsString("Did you find")));
        given().contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", results.getCookie("csrf-token"))
                .cookie(ChosenLanguage.COOKIE, "ur")
                .formParam("csrf-token", token)
                .formParam("q", "walk")
                .formParam("found", "no")
                .when()
                .post("/search/feedback")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\">"))
                .body(containsString("ہمیں بتانے کا شکریہ"))
                .body(not(containsString("Thank you")))
                .body(not(containsString("search results")));
    }

    @Test
    void aTagPageAndTheNearMePageAreInTheReadersLanguage() {
        given().when()
                .get("/domains/physical-activity/walking-groups?lang=pl")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"pl\""))
                .body(containsString("Zajęcia: "))
                .body(containsString("aria-label=\"Wstecz\""))
                .body(containsString("<h1>Grupy spacerowe</h1>"))
                .body(containsString("Wszystkie: Aktywność fizyczna"))
                .body(not(containsString("Walking groups")))
                .body(not(containsString(" activities</p>")))
                .body(not(containsString(">All ")));
        given().when()
                .get("/domains/physical-activity/walking-groups?lang=pl&page=99")
                .then()
                .body(containsString("Nie ma strony 99"))
                .body(not(containsString("There is no page")));
        given().cookie(ChosenLanguage.COOKIE, "ar")
                .when()
                .get("/search/near-me?latitude=51.0&longitude=-30.0&q=walking")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("لم نجد رمزًا بريديًا قريبًا منك"))
                .body(not(containsString("postcode near you")))
                .body(not(containsString("Go back and type")));
    }

    @Test
    void whatWeHaveCheckedIsInTheReadersLanguage() {
        UUID listing =
                fixtures.draft("Checked walk " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(listing, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        UUID organisation = QuarkusTransaction.requiringNew()
                .call(() -> listings.findById(listing).getOrganisation().getId());
        LocalDate today = checks.today();
        CheckForm passed = new CheckForm();
        passed.status = CheckStatus.PASSED.name();
        passed.checkedBy = "moderator";
        passed.checkedOn = today.minusDays(3).toString();
        passed.expiresOn = today.plusMonths(11).toString();
        checks.record(organisation, CheckKind.FOOD_HYGIENE, passed, "moderator");
        String month = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("pl"))
                .format(today.minusDays(3));
        given().when()
                .get("/listings/" + listing + "?lang=pl")
                .then()
                .statusCode(200)
                .body(containsString("<h2>Co sprawdziliśmy</h2>"))
                .body(containsString("Sprawdziliśmy: Sprawdzona higiena żywności (" + month + ")"))
                .body(not(containsString("We have checked")))
                .body(not(containsString("Food hygiene checked")));
        given().when()
                .get("/listings/" + listing)
                .then()
                .body(containsString("We have checked: Food hygiene checked ("
                        + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(today.minusDays(3)) + ")"));
    }

    @Test
    void aResultCardWithNoDateSoonSaysHowOftenItRunsInTheReadersLanguage() {
        String word = "Zebrafinch" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = fixtures.draft(word + " fortnightly club");
        // Every other Tuesday, but no first date: nobody can say which weeks, so no date is indexed.
        fixtures.setSessions(
                id,
                HowToJoin.JUST_TURN_UP,
                new SessionPattern(
                        Frequency.WEEKLY,
                        2,
                        List.of(DayOfWeek.TUESDAY),
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalTime.of(14, 0),
                        LocalTime.of(15, 0),
                        false,
                        false,
                        null));
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        fixtures.awaitIndexed();
        given().queryParam("q", word)
                .queryParam("lang", "pl")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString(word + " fortnightly club"))
                .body(containsString("Co dwa tygodnie: wtorek, 14:00–15:00"))
                .body(not(containsString("Every other Tuesday")));
        given().queryParam("q", word)
                .when()
                .get("/search")
                .then()
                .body(containsString("Every other Tuesday, 2pm to 3pm"));
    }

    /**
     * Puts the Clayton Vale walk on a shortlist from a page in this language, emails the sheet to a new
     * address and waits for it in GreenMail (the outbox worker sends it after the request has gone).
     */
    private static Mailbox.Mail sheetEmailedFrom(String language) {
        Shortlisted list = shortlistTheWalkFrom(language);
        String patient =
                "sheet-" + language + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        list.form()
                .formParam("email", patient)
                .formParam("practice", "Clayton <Medical> Centre")
                .when()
                .post("/shortlist/sheet/email")
                .then()
                .statusCode(303)
                .header("Location", containsString("sent=email"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !Mailbox.mails(patient).isEmpty());
        return Mailbox.mails(patient).get(0);
    }

    /** A reader's shortlist with the Clayton Vale walk on it, made from a page in their language. */
    private record Shortlisted(String language, String csrfCookie, String token, Map<String, String> cookies) {

        /** A form sent from the sheet page, as the reader's browser sends it. */
        RequestSpecification form() {
            return given().redirects()
                    .follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .cookie("csrf-token", csrfCookie)
                    .cookie(ChosenLanguage.COOKIE, language)
                    .cookies(cookies)
                    .formParam("csrf-token", token);
        }

        RequestSpecification get() {
            return given().cookie(ChosenLanguage.COOKIE, language).cookies(cookies);
        }
    }

    private static Shortlisted shortlistTheWalkFrom(String language) {
        String walk = claytonWalkId();
        Response page = given().when().get("/listings/" + walk + "?lang=" + language);
        page.then().statusCode(200);
        String csrfCookie = page.getCookie("csrf-token");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        Response added = given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", csrfCookie)
                .cookie(ChosenLanguage.COOKIE, language)
                .formParam("csrf-token", token)
                .formParam("listing", walk)
                .formParam("returnTo", "/listings/" + walk)
                .when()
                .post("/shortlist/add");
        added.then().statusCode(303);
        return new Shortlisted(language, csrfCookie, token, added.getCookies());
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), "expected \"" + part + "\" in\n" + text);
    }

    private static String claytonWalkId() {
        return given().queryParam("q", "Clayton Vale Wednesday walk")
                .when()
                .get("/api/v1/search")
                .then()
                .extract()
                .jsonPath()
                .getString("results.find { it.name == 'Clayton Vale Wednesday walk' }.id");
    }

    private static List<String> names(String q) {
        return given().queryParam("q", q)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.name", String.class);
    }
}
