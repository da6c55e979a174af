package org.healthdirectory.openreferral;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ORUK 3.0 JSON Schemas carried in the test resources (open-referral/, see its README): their absolute $ref URLs are
 * mapped to the local folder, so validation needs no network. Formats (uuid, date-time, uri, email)
 * are asserted, not only annotated.
 */
final class OrukSchemas {

    static final Path STANDARDS = testResource("open-referral");
    private static final String PREFIX = "https://openreferraluk.org/specifications/3.0/schema/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(OrukSchemas::localCopy));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OrukSchemas() {}

    /** Fails with every problem listed when the JSON does not match the named schema (e.g. "service_list"). */
    static void assertValid(String schemaName, String json) {
        Schema schema = SCHEMAS.computeIfAbsent(
                schemaName, name -> REGISTRY.getSchema(SchemaLocation.of(PREFIX + name + ".json")));
        List<Error> errors = schema.validate(
                json,
                InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        assertTrue(errors.isEmpty(), () -> schemaName + " schema: " + errors + "\nin " + abbreviate(json));
    }

    /** The text of a schema named by its absolute URL, read from the local folder (null: not ours). */
    private static String localCopy(String iri) {
        if (!iri.startsWith(PREFIX)) {
            return null;
        }
        try {
            return Files.readString(STANDARDS.resolve("oruk-3.0/schema").resolve(iri.substring(PREFIX.length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testResource(String name) {
        try {
            return Path.of(OrukSchemas.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String json) {
        return json.length() > 2000 ? json.substring(0, 2000) + "..." : json;
    }
}
