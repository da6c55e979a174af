package org.healthdirectory.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.healthdirectory.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** Staff sign in to the console through the real Keycloak (the realm in deploy/keycloak). */
@QuarkusTest
class ConsoleLoginBrowserTest extends BrowserTest {

    private void signIn(String user, String password) {
        open("/console");
        assertThat(page).hasURL(Pattern.compile(".*/realms/health-directory/protocol/openid-connect/auth.*"));
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#kc-login");
    }

    @Test
    void aModeratorSignsInThroughKeycloakAndSeesTheConsole() {
        signIn("moderator", "moderator-demo");
        assertThat(page).hasURL(baseUrl() + "/console");
        assertThat(page.locator("h1")).hasText("Staff console");
        assertThat(page.locator(".nhsuk-caption-l")).containsText("moderator");
        assertAccessible();

        page.click("text=Sign out");
        open("/console");
        assertThat(page).hasURL(Pattern.compile(".*/realms/health-directory/.*"));
    }

    @Test
    void aProfessionalWithoutAStaffRoleIsRefused() {
        signIn("professional", "professional-demo");
        assertThat(page.locator("body")).not().containsText("Staff console");
    }

    @Test
    void aWrongPasswordDoesNotGetIn() {
        signIn("moderator", "wrong-password");
        assertThat(page).not().hasURL(baseUrl() + "/console");
        assertThat(page.locator("body")).containsText("Invalid username or password");
    }
}
