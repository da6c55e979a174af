package org.healthdirectory.content;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.healthdirectory.geo.PostcodeImporter;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.logging.Logger;

/**
 * At start-up, after Flyway: reference data from content/, then postcode data if configured and
 * not loaded yet, then (demo and test only) the demo listings. Order matters: listings need
 * domains for their categories and postcodes for their map position.
 */
@ApplicationScoped
public class StartupContent {

    private static final Logger LOG = Logger.getLogger(StartupContent.class);

    void onStart(
            @Observes StartupEvent event,
            ReferenceData referenceData,
            PostcodeImporter postcodeImporter,
            DemoContentLoader demoContent,
            DirectoryConfig config) {
        referenceData.synchronise();
        if (postcodeImporter.outcodeCount() == 0) {
            existing(config.geo().outcodesFile()).ifPresent(postcodeImporter::importOutcodes);
        }
        if (postcodeImporter.postcodeCount() == 0) {
            existing(config.geo().postcodesFile()).ifPresent(postcodeImporter::importPostcodes);
        }
        if (config.demoContent().enabled()) {
            demoContent.load();
        }
    }

    private static Optional<Path> existing(Optional<String> file) {
        Optional<Path> path = file.map(Path::of);
        if (path.isPresent() && !Files.isReadable(path.get())) {
            LOG.warnf(
                    "Postcode file %s is not readable; skipping it", path.get().toAbsolutePath());
            return Optional.empty();
        }
        return path;
    }
}
