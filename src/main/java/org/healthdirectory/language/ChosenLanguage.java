package org.healthdirectory.language;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.healthdirectory.web.CurrentPage;

/**
 * The language this request's public page is drawn in: {@code ?lang=ur} in the address first (so a
 * translated search can be shared or printed), then the reader's earlier choice (a cookie), then English.
 * The browser's Accept-Language never switches the page; on a first visit it only suggests a link.
 * Staff console and provider pages stay English for now, so only the public paths are translated.
 */
@RequestScoped
@Named("language")
public class ChosenLanguage {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";

    private static final List<String> PUBLIC_PREFIXES =
            List.of("/search", "/domains", "/listings", "/shortlist", "/get-help-now", "/pages", "/languages");

    /** Staff, provider and machine addresses: English for now, even their not-found pages. */
    private static final List<String> ENGLISH_PREFIXES = List.of(
            "/console", "/professionals", "/register", "/manage", "/claims", "/reminders", "/api", "/openreferral");

    /** "Is this your group?" sits under a listing's address but is a provider's page. */
    private static final Pattern CLAIM = Pattern.compile("/listings/[^/]+/claim(/.*)?");

    /** A link to this same page in another language, named in that language. */
    public record Choice(String code, String ownName, String dir, String href, boolean current) {}

    /** "This page is also in اردو", written in the suggested language. */
    public record Suggestion(String code, String dir, String href, String text) {}

    /** What the address alone says; only "other" addresses depend on whether the answer is a not-found page. */
    private enum Area {
        PUBLIC,
        ENGLISH_ONLY,
        OTHER
    }

    private final HttpServerRequest request;
    private final CurrentPage page;
    private Language chosen;
    private Area area;

    ChosenLanguage(HttpServerRequest request, CurrentPage page) {
        this.request = request;
        this.page = page;
    }

    public Language current() {
        if (!translated()) {
            return Language.ENGLISH;
        }
        if (chosen == null) {
            chosen = fromAddress().or(this::fromCookie).orElse(Language.ENGLISH);
        }
        return chosen;
    }

    public String code() {
        return current().code();
    }

    public String dir() {
        return current().dir();
    }

    public boolean isEnglish() {
        return current().isEnglish();
    }

    /**
     * Whether this page is offered in other languages: public pages, and the not-found page at any address
     * outside the staff and provider areas (someone who mistyped an address reads the answer in their language).
     * Staff and provider pages, including a listing's "Is this your group?", stay English.
     */
    public boolean translated() {
        if (area == null) {
            // The address does not change during a request; whether the answer is "not found" can.
            area = area(request.path());
        }
        return area == Area.PUBLIC || (area == Area.OTHER && page.isNotFound());
    }

    private static Area area(String path) {
        if (path == null || under(ENGLISH_PREFIXES, path) || CLAIM.matcher(path).matches()) {
            return Area.ENGLISH_ONLY;
        }
        return path.equals("/") || under(PUBLIC_PREFIXES, path) ? Area.PUBLIC : Area.OTHER;
    }

    private static boolean under(List<String> prefixes, String path) {
        return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** The language asked for in the address, to keep in the cookie; empty when none or not offered. */
    public Optional<Language> fromAddress() {
        return Language.fromCode(request.getParam(PARAMETER));
    }

    private Optional<Language> fromCookie() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? Optional.empty() : Language.fromCode(cookie.getValue());
    }

    /** Every language, for the language links; the current one is marked. */
    public List<Choice> choices() {
        if (!translated()) {
            return List.of();
        }
        return Arrays.stream(Language.values())
                .map(l -> new Choice(l.code(), l.ownName(), l.dir(), hrefIn(l), l == current()))
                .toList();
    }

    /**
     * On a first visit in English, the first language the browser asks for that we offer, when that is
     * not English: shown as a link, never applied by itself.
     */
    public Suggestion suggestion() {
        if (!translated() || fromAddress().isPresent() || fromCookie().isPresent()) {
            return null;
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Language> offered = Language.fromCode(range.getRange());
                if (offered.isPresent()) {
                    Language l = offered.get();
                    return l.isEnglish()
                            ? null
                            : new Suggestion(
                                    l.code(),
                                    l.dir(),
                                    hrefIn(l),
                                    Translations.messages(l).suggestLanguage(l.ownName()));
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return null;
    }

    /** This page's address in another language: the same query, with lang replaced. */
    String hrefIn(Language language) {
        List<String> pairs = new ArrayList<>();
        String query = request.query();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(PARAMETER + "=") && !pair.equals(PARAMETER)) {
                    pairs.add(pair);
                }
            }
        }
        pairs.add(PARAMETER + "=" + URLEncoder.encode(language.code(), StandardCharsets.UTF_8));
        return request.path() + "?" + String.join("&", pairs);
    }
}
