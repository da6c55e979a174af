package org.healthdirectory.language;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public journey in each language, as a reader chooses it from the language links (plain links):
 * home, a search typed in that language, a listing, the printed sheet, urgent help and the content
 * pages. Each page has the right lang and dir and passes axe; Arabic and Urdu read right to left and
 * nothing scrolls sideways at 320 pixels.
 */
@QuarkusTest
class LanguagesBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @BeforeEach
    void waitForTheIndex() {
        fixtures.awaitIndexed();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ur, اردو, rtl, پیدل چلنا, ابھی مدد لیں",
        "pl, Polski, ltr, spacery, Pomoc teraz",
        "ar, العربية, rtl, المشي, احصل على المساعدة الآن",
        "bn, বাংলা, ltr, হাঁটা, এখনই সাহায্য নিন",
    })
    void theWholeJourneyWorksInEachLanguage(
            String code, String ownName, String dir, String walking, String getHelpNow) {
        open("/");
        page.click(".directory-languages a[hreflang=" + code + "]");
        assertLanguage(code, dir);
        assertThat(page.locator(".directory-languages a[aria-current]")).hasText(ownName);
        checkPage(code, dir, "home");

        page.fill("#q", walking);
        page.click("main button[type=submit]");
        assertLanguage(code, dir);
        assertTrue(page.url().contains("lang=" + code), "a translated search can be shared: " + page.url());
        assertThat(page.locator("#results li").first()).isVisible();
        checkPage(code, dir, "search");

        page.locator("#results li h2 a").first().click();
        assertLanguage(code, dir);
        assertThat(page.locator("#provider-text-note")).isVisible();
        checkPage(code, dir, "listing");

        page.locator("main .directory-shortlist button[type=submit]").first().click();
        open("/shortlist/sheet");
        assertLanguage(code, dir);
        assertThat(page.locator(".directory-sheet__entry")).hasCount(1);
        checkPage(code, dir, "sheet");

        open("/search?q=suicide");
        assertThat(page.locator("#urgent-help")).isVisible();
        checkPage(code, dir, "urgent-help-panel");
        open("/get-help-now");
        assertThat(page.locator("h1")).hasText(getHelpNow);
        checkPage(code, dir, "get-help-now");

        // The content pages written in each language (content/pages/{slug}.{code}.md).
        for (String slug : List.of("about", "privacy", "accessibility")) {
            open("/pages/" + slug);
            assertLanguage(code, dir);
            assertThat(page.locator("main [lang=en]")).hasCount(0);
            checkPage(code, dir, slug);
        }
    }

    private void assertLanguage(String code, String dir) {
        assertEquals(code, page.getAttribute("html", "lang"));
        assertEquals(dir, page.getAttribute("html", "dir"));
    }

    /** axe at full width; then, at 320 pixels, nothing may scroll sideways. */
    private void checkPage(String code, String dir, String name) {
        page.setViewportSize(1024, 800);
        assertAccessible();
        page.setViewportSize(320, 640);
        List<String> problems = new ArrayList<>();
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (width > 320) {
            problems.add(name + " is " + width + " pixels wide");
        }
        if (dir.equals("rtl")) {
            // Right to left: the page's main heading starts at the right-hand edge.
            Object headingRight =
                    page.evaluate("() => { const h = document.querySelector('main h1'); if (!h) return true;"
                            + " const r = document.createRange(); r.selectNodeContents(h); const box = r.getBoundingClientRect();"
                            + " return box.right > window.innerWidth - 40; }");
            if (!Boolean.TRUE.equals(headingRight)) {
                problems.add(name + ": the heading does not start on the right");
            }
        }
        screenshot("language-" + code + "-" + name + "-320");
        assertEquals(List.of(), problems);
        page.setViewportSize(1024, 800);
    }
}
