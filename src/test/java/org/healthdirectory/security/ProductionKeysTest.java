package org.healthdirectory.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProductionKeysTest {

    private static final String STRONG = "k3Yf9xQ2-long-random-value-from-a-vault-7Hs2Lq9Zp";

    @Test
    void theLocalOnlyDefaultsFromTheRepositoryAreRefused() {
        List<ProductionKeys.Key> keys = List.of(
                new ProductionKeys.Key("OIDC_STATE_SECRET", "local-only-state-secret-change-me-in-prod-0123456789"),
                new ProductionKeys.Key("OIDC_CLIENT_SECRET", "local-dev-secret"),
                new ProductionKeys.Key("CSRF_SIGNATURE_KEY", "local-only-csrf-signature-key-change-me-in-production"),
                new ProductionKeys.Key("MAIL_HASH_KEY", "local-only-mail-hash-key-change-me-in-production"));
        assertEquals(
                List.of("OIDC_STATE_SECRET", "OIDC_CLIENT_SECRET", "CSRF_SIGNATURE_KEY", "MAIL_HASH_KEY"),
                ProductionKeys.weak(keys));
    }

    @Test
    void shortOrMissingKeysAreRefused() {
        List<ProductionKeys.Key> keys = List.of(
                new ProductionKeys.Key("OIDC_STATE_SECRET", "short"),
                new ProductionKeys.Key("OIDC_CLIENT_SECRET", ""),
                new ProductionKeys.Key("CSRF_SIGNATURE_KEY", null),
                new ProductionKeys.Key("MAIL_HASH_KEY", STRONG));
        assertEquals(
                List.of("OIDC_STATE_SECRET", "OIDC_CLIENT_SECRET", "CSRF_SIGNATURE_KEY"), ProductionKeys.weak(keys));
    }

    @Test
    void longRandomKeysAreAccepted() {
        List<ProductionKeys.Key> keys = List.of(
                new ProductionKeys.Key("OIDC_STATE_SECRET", STRONG),
                new ProductionKeys.Key("OIDC_CLIENT_SECRET", STRONG + "1"),
                new ProductionKeys.Key("CSRF_SIGNATURE_KEY", STRONG + "2"),
                new ProductionKeys.Key("MAIL_HASH_KEY", STRONG + "3"));
        assertEquals(List.of(), ProductionKeys.weak(keys));
    }
}
