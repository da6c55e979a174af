package org.healthdirectory.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The image that `mvn package -Dimage` writes to target/ (an OCI archive), read without a container
 * runtime: its config must run the app as a non-root user, on port 8080, with the JVM memory
 * settings. Skipped when no image was built (the default build makes none).
 */
@Tag("unit")
class ContainerImageTest {

    private static final Path IMAGE = Path.of("target", "health-directory-image.tar");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theImageRunsTheAppAsANonRootUserOnPort8080WithBoundedMemory() throws IOException {
        assumeTrue(Files.exists(IMAGE), "no image built: run mvn package -Dimage");
        Map<String, byte[]> files = readTar(IMAGE);
        JsonNode index = JSON.readTree(files.get("index.json"));
        JsonNode manifest =
                JSON.readTree(blob(files, index.at("/manifests/0/digest").asText()));
        JsonNode config = JSON.readTree(
                        blob(files, manifest.at("/config/digest").asText()))
                .path("config");

        String user = config.path("User").asText();
        assertFalse(user.isBlank() || user.equals("0") || user.startsWith("root") || user.startsWith("0:"), user);
        assertTrue(config.path("ExposedPorts").has("8080/tcp"), config.path("ExposedPorts")::toString);
        String entrypoint = config.path("Entrypoint").toString();
        assertTrue(entrypoint.contains("java") && entrypoint.contains("quarkus-run.jar"), entrypoint);
        assertTrue(entrypoint.contains("-XX:MaxRAMPercentage=50"), entrypoint);
        assertTrue(manifest.path("layers").size() >= 3, "the app is layered over its base image");
    }

    private static byte[] blob(Map<String, byte[]> files, String digest) {
        byte[] blob = files.get("blobs/" + digest.replace(':', '/'));
        assertNotNull(blob, digest);
        return blob;
    }

    /** Reads a plain (ustar) tar archive: name to content for the small regular files (not the layers). */
    private static Map<String, byte[]> readTar(Path tar) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                boolean small = size < 1_000_000;
                byte[] content = small ? in.readNBytes((int) size) : new byte[0];
                if (small) {
                    assertEquals(size, content.length, name);
                } else {
                    in.skipNBytes(size);
                }
                in.skipNBytes((512 - size % 512) % 512);
                if (small && (header[156] == '0' || header[156] == 0)) {
                    String path = (prefix.isEmpty() ? name : prefix + "/" + name).replaceFirst("^\\./", "");
                    files.put(path, content);
                }
            }
        }
        return files;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
