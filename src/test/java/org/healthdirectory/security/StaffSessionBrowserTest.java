package org.healthdirectory.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.BrowserTest;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;

/**
 * Staff sessions in a browser that enforces the site's Content-Security-Policy: a form posted after
 * the session has gone reaches the sign-in page (form-action names Keycloak), and signing out lands
 * on the home page with a clean address.
 */
@QuarkusTest
class StaffSessionBrowserTest extends BrowserTest {

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    private static final Pattern SIGN_IN_PAGE =
            Pattern.compile(".*/realms/health-directory/protocol/openid-connect/auth.*");

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions();
    }

    private void signIn() {
        assertThat(page).hasURL(SIGN_IN_PAGE);
        page.fill("#username", "moderator");
        page.fill("#password", "moderator-demo");
        page.click("#kc-login");
    }

    @Test
    void aFormPostedAfterTheSessionEndedGoesToTheSignInPageAndBackToItsPage() {
        UUID listing = fixtures.draft("Session expiry tea club");
        fixtures.move(listing, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        String listingPage = baseUrl() + "/console/listings/" + listing;
        page.navigate(listingPage);
        signIn();
        assertThat(page).hasURL(listingPage);

        context.clearCookies();
        page.fill("#reason", "The venue has closed for the summer.");
        page.click("button:has-text('Unpublish and ask for changes')");
        assertThat(page).hasURL(SIGN_IN_PAGE);

        signIn();
        assertThat(page).hasURL(listingPage);
        assertThat(page.locator("h1")).isVisible();
        assertEquals(
                ListingStatus.PUBLISHED,
                QuarkusTransaction.requiringNew()
                        .call(() -> listings.findById(listing).getStatus()),
                "nothing happened without a session");
    }

    @Test
    void signingOutLandsOnTheHomePageWithACleanAddress() {
        open("/console");
        signIn();
        assertThat(page.locator("h1")).hasText("Staff console");
        page.click("text=Sign out");
        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.locator("h1")).isVisible();
    }
}
