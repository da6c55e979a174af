package org.healthdirectory.registration;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;

/**
 * For public pages: whether the person looking is a signed-in provider, and whether a listing is theirs.
 * The listing page uses it ({@code inject:provider}) to offer "Edit this listing" instead of "Is this
 * your group?", without the listing feature knowing about provider sessions.
 */
@RequestScoped
@Named("provider")
public class SignedInProvider {

    private final CurrentVertxRequest request;
    private final ProviderSessions sessions;
    private final ManageEntries manage;
    private Optional<String> email;

    SignedInProvider(CurrentVertxRequest request, ProviderSessions sessions, ManageEntries manage) {
        this.request = request;
        this.sessions = sessions;
        this.manage = manage;
    }

    /** The signed-in provider's email, if there is a provider session cookie that is still good. */
    public Optional<String> email() {
        if (email == null) {
            Cookie cookie = request.getCurrent() == null
                    ? null
                    : request.getCurrent().request().getCookie(ProviderSessions.COOKIE);
            email = cookie == null ? Optional.empty() : sessions.email(cookie.getValue());
        }
        return email;
    }

    public boolean owns(UUID listingId) {
        return email().map(e -> manage.isOwnedBy(e, listingId)).orElse(false);
    }
}
