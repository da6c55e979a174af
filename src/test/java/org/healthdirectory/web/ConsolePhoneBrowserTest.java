package org.healthdirectory.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;

/**
 * The staff console on a phone at 400 % zoom (320 CSS pixels): its own header (no public search box or
 * "Your list"), nothing scrolls sideways, and the organisation's checks table keeps "Change" reachable.
 */
@QuarkusTest
class ConsolePhoneBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Test
    void theConsoleFitsA320PixelScreenWithItsOwnHeader() {
        UUID listing =
                fixtures.draft("Console phone " + UUID.randomUUID().toString().substring(0, 6));
        fixtures.move(listing, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        UUID organisation = QuarkusTransaction.requiringNew()
                .call(() -> listings.findById(listing).getOrganisation().getId());

        page.setViewportSize(320, 640);
        open("/console");
        assertThat(page).hasURL(Pattern.compile(".*/realms/health-directory/protocol/openid-connect/auth.*"));
        page.fill("#username", "moderator");
        page.fill("#password", "moderator-demo");
        page.click("#kc-login");
        assertThat(page).hasURL(baseUrl() + "/console");

        assertThat(page.locator(".nhsuk-header__service-name")).containsText("staff console");
        assertThat(page.locator("#header-search-field")).hasCount(0);
        assertThat(page.locator("header a:has-text('Your list')")).hasCount(0);

        List<String> tooWide = new ArrayList<>();
        for (String path : List.of(
                "/console",
                "/console/queue",
                "/console/listings",
                "/console/organisations",
                "/console/organisations/" + organisation,
                "/console/checks/expiring",
                "/console/reports/unmet-need",
                "/console/audit",
                "/console/prize-draw")) {
            open(path);
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (width > 320) {
                tooWide.add(path + " is " + width + " px wide");
            }
        }
        assertEquals(List.of(), tooWide);

        open("/console/organisations/" + organisation);
        var change = page.locator("main table a[href$='/checks/safeguarding']");
        change.scrollIntoViewIfNeeded();
        assertThat(change).isInViewport();
        assertAccessible();
    }
}
