package org.healthdirectory.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthdirectory.language.PublicFormFields;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Checks the form token on every request that can change something, and keeps the visitor's token
 * cookie alive while they use the site (it lasts {@code directory.security.csrf-cookie-lifetime}
 * after the last page view). A refused form gets a page of our own that says what happened and
 * shows what was typed, so nothing has to be typed again from memory.
 */
public class CsrfProtection {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAX_TYPED_VALUES = 20;
    private static final String REFUSED = "directory.csrf.refused";

    /** One thing typed into the refused form, to copy back. */
    public record TypedValue(String label, String value) {}

    public record RefusedView(List<TypedValue> typed, String backHref) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(RefusedView view);
    }

    private final CsrfTokens tokens;
    private final DirectoryConfig config;
    private final PublicFormFields publicFields;

    CsrfProtection(CsrfTokens tokens, DirectoryConfig config, PublicFormFields publicFields) {
        this.tokens = tokens;
        this.config = config;
        this.publicFields = publicFields;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(CsrfTokens.COOKIE);
        String visitor = cookie != null && CsrfTokens.wellFormed(cookie.getValue()) ? cookie.getValue() : null;
        routing.put(CsrfTokens.VISITOR, visitor == null ? CsrfTokens.newVisitor() : visitor);
        if (SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        FormData form = context.getFormData();
        String token = request.getHeaderString(CsrfTokens.HEADER);
        if (token == null && form != null && form.getFirst(CsrfTokens.FIELD) != null) {
            token = form.getFirst(CsrfTokens.FIELD).getValue();
        }
        if (tokens.matches(visitor, token)) {
            return null;
        }
        routing.put(REFUSED, true);
        return Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.refused(new RefusedView(typed(form), backHref(request, routing)))
                        .render())
                .build();
    }

    /** Sets (or renews) the token cookie on pages, so a form opened now still works hours later. */
    @ServerResponseFilter
    public void renewCookie(ContainerResponseContext response, RoutingContext routing) {
        String visitor = routing.get(CsrfTokens.VISITOR);
        boolean refused = Boolean.TRUE.equals(routing.get(REFUSED));
        boolean page = SAFE_METHODS.contains(routing.request().method().name()) && !isApi(routing.normalizedPath());
        if (visitor == null || !(refused || page)) {
            return;
        }
        StringBuilder header = new StringBuilder(CsrfTokens.COOKIE)
                .append('=')
                .append(visitor)
                .append("; Path=/; Max-Age=")
                .append(config.security().csrfCookieLifetime().toSeconds())
                .append("; HttpOnly; SameSite=Lax");
        if (config.security().secureCookies()) {
            header.append("; Secure");
        }
        response.getHeaders().add(HttpHeaders.SET_COOKIE, header.toString());
    }

    /** JSON answers carry no forms: no cookie for API clients. */
    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/openreferral");
    }

    /**
     * What was typed, each under its field's name: a public page's form as that page names its fields, in
     * the reader's language; a staff or provider form (English for now) by a name made from the field's.
     */
    private List<TypedValue> typed(FormData form) {
        List<TypedValue> typed = new ArrayList<>();
        if (form == null) {
            return typed;
        }
        boolean fromPublicPage = publicFields.fromPublicPage();
        for (String name : form) {
            if (name.equals(CsrfTokens.FIELD)) {
                continue;
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()
                        && value.getValue() != null
                        && !value.getValue().isBlank()
                        && typed.size() < MAX_TYPED_VALUES) {
                    if (fromPublicPage) {
                        publicFields
                                .describe(name, value.getValue())
                                .ifPresent(field -> typed.add(new TypedValue(field.label(), field.value())));
                    } else {
                        typed.add(new TypedValue(label(name), value.getValue()));
                    }
                }
            }
        }
        return typed;
    }

    /** "contactEmail" or "contact_email" → "Contact email". */
    static String label(String fieldName) {
        String spaced = fieldName
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("[_\\-.]+", " ")
                .trim();
        if (spaced.isEmpty()) {
            return "Field";
        }
        String lower = spaced.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Back to the page the form was on, when the browser says it was one of ours; otherwise the home page. */
    private static String backHref(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        String referer = request.getHeaderString("Referer");
        String host = routing.request().authority() == null
                ? null
                : routing.request().authority().toString();
        if (referer != null && host != null) {
            try {
                URI from = URI.create(referer);
                String fromHost = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
                if (host.equalsIgnoreCase(fromHost)
                        && from.getRawPath() != null
                        && from.getRawPath().startsWith("/")) {
                    return from.getRawQuery() == null
                            ? from.getRawPath()
                            : from.getRawPath() + "?" + from.getRawQuery();
                }
            } catch (IllegalArgumentException e) {
                return "/";
            }
        }
        return "/";
    }
}
