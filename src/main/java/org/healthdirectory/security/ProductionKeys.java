package org.healthdirectory.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.logging.Logger;

/**
 * Stops a production start while any key still has the value published in this repository: with
 * those, anyone could forge login state, form tokens or undo the hashing of email addresses. The dev,
 * demo and test profiles switch the check off ({@code directory.security.require-production-keys}).
 */
@ApplicationScoped
public class ProductionKeys {

    private static final Logger LOG = Logger.getLogger(ProductionKeys.class);
    static final int MIN_LENGTH = 32;

    /** A key as configured, with the environment variable that sets it. */
    record Key(String variable, String value) {}

    private final DirectoryConfig config;
    private final List<Key> keys;

    ProductionKeys(
            DirectoryConfig config,
            @ConfigProperty(name = "quarkus.oidc.authentication.state-secret") String stateSecret,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") String clientSecret) {
        this.config = config;
        this.keys = List.of(
                new Key("OIDC_STATE_SECRET", stateSecret),
                new Key("OIDC_CLIENT_SECRET", clientSecret),
                new Key("CSRF_SIGNATURE_KEY", config.security().csrfKey()),
                new Key("MAIL_HASH_KEY", config.mail().hashKey()));
    }

    void refuseDefaultKeys(@Observes StartupEvent started) {
        if (!config.security().requireProductionKeys()) {
            return;
        }
        List<String> weak = weak(keys);
        if (!weak.isEmpty()) {
            String message = "Refusing to start: set " + String.join(", ", weak)
                    + " to long random values (at least " + MIN_LENGTH
                    + " characters, not the local-only defaults from the README)";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /** The variables whose keys are missing, too short, or one of the local-only values in this repository. */
    static List<String> weak(List<Key> keys) {
        return keys.stream().filter(ProductionKeys::isWeak).map(Key::variable).toList();
    }

    private static boolean isWeak(Key key) {
        String value = key.value();
        return value == null
                || value.isBlank()
                || value.length() < MIN_LENGTH
                || value.startsWith("local-only")
                || value.startsWith("local-dev");
    }
}
