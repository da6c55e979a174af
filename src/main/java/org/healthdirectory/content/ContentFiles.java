package org.healthdirectory.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the editorial files under content/ (copied onto the classpath by the build).
 * They are data, not code: editors change them without touching Java.
 */
public final class ContentFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ContentFiles() {}

    public static <T> T readJson(String path, TypeReference<T> type) {
        try (InputStream in = open(path).orElseThrow(() -> new IllegalStateException("Missing content file " + path))) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read content file " + path, e);
        }
    }

    public static Optional<String> readText(String path) {
        Optional<InputStream> in = open(path);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            return Optional.of(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read content file " + path, e);
        }
    }

    private static Optional<InputStream> open(String path) {
        return Optional.ofNullable(
                Thread.currentThread().getContextClassLoader().getResourceAsStream("content/" + path));
    }
}
