package org.healthdirectory.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the real services the tests need are running: if any port of the local stack is closed,
 * it runs deploy/local/stack.sh up (the same script the README's run command uses). The stack is left
 * running afterwards so the next test run starts fast; `deploy/local/stack.sh down` stops it.
 */
public class LocalStack implements QuarkusTestResourceLifecycleManager {

    public static final int POSTGRES = 5433;
    public static final int OPENSEARCH = 9201;
    public static final int KEYCLOAK = 8180;
    public static final int SMTP = 3025;
    public static final int MAIL_API = 8025;

    @Override
    public Map<String, String> start() {
        // On a fresh machine: PostgreSQL and Chromium come from Debian packages.
        if (!allOpen() || !Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            run(script("prerequisites.sh"), "prerequisites");
        }
        if (!allOpen()) {
            run(script("stack.sh"), "up");
        }
        startFromEmpty();
        return Map.of();
    }

    /**
     * Each test run starts from an empty test database and test index (never the demo's), so the
     * results do not depend on earlier runs and a changed search mapping is always applied.
     */
    private static void startFromEmpty() {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + POSTGRES + "/" + env("DIRECTORY_TEST_DB", "directory_test"),
                        "directory",
                        "directory");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database", e);
        }
        try {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + OPENSEARCH + "/"
                                            + env("DIRECTORY_TEST_INDEX_PREFIX", "directory-test-") + "*"))
                                    .DELETE()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("Could not delete the test indexes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same variables application.properties reads for a second test slot. */
    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** True when this run uses a second slot: it must not stop shared services under the first. */
    public static boolean isSideSlot() {
        return !env("DIRECTORY_TEST_DB", "directory_test").equals("directory_test");
    }

    private static String script(String name) {
        Path stack = Path.of(System.getProperty("stack.script.path", "deploy/local/stack.sh"));
        return stack.resolveSibling(name).toString();
    }

    @Override
    public void stop() {
        // Left running on purpose, see the class comment.
    }

    private static boolean allOpen() {
        for (int port : new int[] {POSTGRES, OPENSEARCH, KEYCLOAK, SMTP, MAIL_API}) {
            if (!isOpen(port)) {
                return false;
            }
        }
        return true;
    }

    static boolean isOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String script, String what) {
        Path log = Path.of("target", "stack-" + what + ".log");
        String[] command = what.equals("up") ? new String[] {"bash", script, "up"} : new String[] {"bash", script};
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(script + " failed. Its output:\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the local stack", e);
        }
    }
}
