package org.healthdirectory.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Another instance of the app, as production runs a second replica: the packaged app under {@code
 * target/quarkus-app} (built by {@code mvn verify} before the stack tests run) started as its own
 * process with the test profile, on ports of its own, sharing the test database and search index. A
 * test can stop it as a deployment does (SIGTERM) and start it again, which a {@code QuarkusTest}
 * cannot do to the app it runs in.
 */
public final class SecondInstance implements AutoCloseable {

    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final Path log;
    private final Process process;

    private SecondInstance(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the packaged app with these settings on top of the test profile; returns once it is ready. */
    public static SecondInstance start(String name, Map<String, String> settings) throws IOException {
        if (!Files.exists(APP)) {
            throw new IllegalStateException(
                    APP + " is missing: run the stack tests with `mvn verify`, which packages the app first");
        }
        int port = SmtpSwitch.freePort();
        int managementPort = SmtpSwitch.freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-Dquarkus.profile=test",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", APP.toString()));
        Path log = Path.of("target", name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        SecondInstance instance = new SecondInstance(port, log, process);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> instance.ready(managementPort));
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops it as a deployment does (SIGTERM, then waiting for it to finish); returns its log. */
    public String stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The second instance did not stop within 60 s; log: " + log);
            }
            return Files.readString(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private boolean ready(int managementPort) throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("The second instance stopped while starting; log: " + log);
        }
        try {
            HttpResponse<Void> health = CLIENT.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return health.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
