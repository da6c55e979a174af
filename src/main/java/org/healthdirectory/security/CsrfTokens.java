package org.healthdirectory.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.Hashing;

/**
 * Form tokens, one per visitor: the visitor's random id lives in an HttpOnly cookie, and every form
 * carries the HMAC of that id under the server's key (a signed double-submit token). The same token
 * serves every tab the visitor has open, and no one without the key can make one for a cookie.
 * Templates read it as {inject:csrf.token} in a field named {inject:csrf.parameterName}.
 */
@ApplicationScoped
@Named("csrf")
public class CsrfTokens {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    /** Where the filter leaves this request's visitor id for the templates and the response. */
    static final String VISITOR = "directory.csrf.visitor";
    /** This request's signed token, kept because a results page has a form on every card. */
    private static final String SIGNED = "directory.csrf.signed";

    private static final int ID_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String key;
    private final RoutingContext routing;

    CsrfTokens(DirectoryConfig config, RoutingContext routing) {
        this.key = config.security().csrfKey();
        this.routing = routing;
    }

    /** The token for the current visitor, for a hidden form field. */
    public String getToken() {
        String visitor = routing.get(VISITOR);
        if (visitor == null) {
            return "";
        }
        String signed = routing.get(SIGNED);
        if (signed == null) {
            signed = sign(visitor);
            routing.put(SIGNED, signed);
        }
        return signed;
    }

    public String getParameterName() {
        return FIELD;
    }

    String sign(String visitor) {
        return Hashing.hmacSha256(key, visitor);
    }

    /** Whether a token sent with a form was made for this visitor with our key (compared in constant time). */
    boolean matches(String visitor, String token) {
        if (visitor == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(visitor).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    static String newVisitor() {
        byte[] id = new byte[ID_BYTES];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /** Only ids we could have made: anything else in the cookie is ignored and replaced. */
    static boolean wellFormed(String visitor) {
        if (visitor == null || visitor.length() != 43) {
            return false;
        }
        try {
            return Base64.getUrlDecoder().decode(visitor).length == ID_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
