package org.healthdirectory.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for browser journeys: real Debian Chromium, headless, driven by Playwright. {@link #assertAccessible}
 * runs axe-core (WCAG 2.2 A and AA rules) on the current page and fails on any violation.
 */
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

    private static Playwright playwright;
    private static Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(contextOptions());
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected Browser.NewContextOptions contextOptions() {
        // axe is injected as a script: let it past the site's Content-Security-Policy.
        return new Browser.NewContextOptions().setBypassCSP(true);
    }

    /** From here on this test browses with JavaScript switched off, as some people do. */
    protected void switchJavaScriptOff() {
        context.close();
        context = browser.newContext(contextOptions().setJavaScriptEnabled(false));
        page = context.newPage();
    }

    protected static String baseUrl() {
        return TestUrls.baseUrl();
    }

    protected void open(String path) {
        page.navigate(baseUrl() + path);
    }

    /** Runs axe-core on the page; fails listing each violation, its impact and where it is. */
    protected void assertAccessible() {
        try {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(AXE)));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run npm ci", e);
        }
        Object result = page.evaluate("""
                async () => {
                  const results = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
                  });
                  return results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        List<?> violations = (List<?>) result;
        if (!violations.isEmpty()) {
            fail("axe found " + violations.size() + " accessibility violation(s) on " + page.url() + ":\n"
                    + String.join("\n", violations.stream().map(String::valueOf).toList()));
        }
    }

    protected void screenshot(String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
