package org.healthdirectory.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/** Where the app under test listens (8081, or another port for a second test slot). */
public final class TestUrls {

    private TestUrls() {}

    public static String baseUrl() {
        int port = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.test-port", Integer.class)
                .orElse(8081);
        return "http://localhost:" + port;
    }

    /** A regular expression for a one-time link to the given path, as it appears in an email. */
    public static String linkTo(String path) {
        return java.util.regex.Pattern.quote(baseUrl() + path) + "\\?token=[A-Za-z0-9_-]+";
    }
}
