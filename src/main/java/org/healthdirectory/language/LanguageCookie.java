package org.healthdirectory.language;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Remembers a language picked from a link ({@code ?lang=pl}) in a cookie, so the next pages stay in it
 * even when their address does not say.
 */
public class LanguageCookie {

    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private final ChosenLanguage language;
    private final DirectoryConfig config;

    LanguageCookie(ChosenLanguage language, DirectoryConfig config) {
        this.language = language;
        this.config = config;
    }

    @ServerResponseFilter
    public void remember(ContainerResponseContext response) {
        if (!language.translated()) {
            return;
        }
        language.fromAddress()
                .ifPresent(chosen -> response.getHeaders()
                        .add(
                                HttpHeaders.SET_COOKIE,
                                new NewCookie.Builder(ChosenLanguage.COOKIE)
                                        .value(chosen.code())
                                        .path("/")
                                        .maxAge(ONE_YEAR)
                                        .httpOnly(true)
                                        .secure(config.security().secureCookies())
                                        .sameSite(NewCookie.SameSite.LAX)
                                        .build()));
    }
}
