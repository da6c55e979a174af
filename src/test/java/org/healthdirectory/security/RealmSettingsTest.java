package org.healthdirectory.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Keycloak realm we ship: wrong passwords lock an account for a while; sessions last a working day. */
@Tag("unit")
class RealmSettingsTest {

    private static JsonNode realm() throws IOException {
        return new ObjectMapper()
                .readTree(Path.of("deploy/keycloak/health-directory-realm.json").toFile());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws IOException {
        JsonNode realm = realm();
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertFalse(
                realm.path("permanentLockout").asBoolean(), "a temporary lock: no staff member locked out for good");
        assertTrue(realm.path("failureFactor").asInt() <= 10);
    }

    @Test
    void passwordsMustBeLongAndNotTheUsername() throws IOException {
        String policy = realm().path("passwordPolicy").asText();
        assertTrue(policy.contains("length(10)"), policy);
        assertTrue(policy.contains("notUsername"), policy);
    }

    @Test
    void staffSessionsLastAWorkingDay() throws IOException {
        JsonNode realm = realm();
        assertEquals(8 * 3600, realm.path("ssoSessionIdleTimeout").asInt());
        assertEquals(10 * 3600, realm.path("ssoSessionMaxLifespan").asInt());
    }
}
