package org.healthdirectory.signposting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The shortlist a GP builds during a consultation: add and remove from any result or listing page,
 * reorder, print or send the signposting sheet. No sign-in; the list is found by an anonymous cookie.
 */
@Path("/shortlist")
@Produces(MediaType.TEXT_HTML)
public class ShortlistPageResource {

    public record ShortlistView(List<Sheets.Row> rows, boolean full) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shortlist(ShortlistView view);

        static native TemplateInstance outbox(List<TextMessages.OutboxMessage> messages);
    }

    private final Shortlists shortlists;
    private final Sheets sheets;
    private final TextMessages texts;
    private final DirectoryConfig config;

    ShortlistPageResource(Shortlists shortlists, Sheets sheets, TextMessages texts, DirectoryConfig config) {
        this.shortlists = shortlists;
        this.texts = texts;
        this.sheets = sheets;
        this.config = config;
    }

    @GET
    public TemplateInstance shortlist(
            @CookieParam(CurrentShortlist.COOKIE) String key, @QueryParam("full") String full) {
        return Templates.shortlist(new ShortlistView(sheets.rows(key), full != null));
    }

    @POST
    @Path("/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(
            @CookieParam(CurrentShortlist.COOKIE) String key,
            @FormParam("listing") String listing,
            @FormParam("returnTo") String returnTo) {
        UUID listingId = publishedListing(listing);
        String listKey = key == null || key.isBlank() ? Shortlists.newKey() : key;
        if (!shortlists.add(listKey, listingId)) {
            return Response.seeOther(URI.create("/shortlist?full=1"))
                    .cookie(cookie(listKey))
                    .build();
        }
        return Response.seeOther(back(returnTo, CurrentShortlist.ADDED, listingId))
                .cookie(cookie(listKey))
                .build();
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(
            @CookieParam(CurrentShortlist.COOKIE) String key,
            @FormParam("listing") String listing,
            @FormParam("returnTo") String returnTo) {
        UUID listingId = uuid(listing);
        shortlists.remove(key, listingId);
        return Response.seeOther(back(returnTo, CurrentShortlist.REMOVED, listingId))
                .build();
    }

    @POST
    @Path("/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(
            @CookieParam(CurrentShortlist.COOKIE) String key,
            @FormParam("listing") String listing,
            @FormParam("direction") String direction) {
        UUID listingId = uuid(listing);
        shortlists.move(key, listingId, "up".equals(direction));
        return Response.seeOther(URI.create("/shortlist#entry-" + listingId)).build();
    }

    /** Text messages that were not sent because GOV.UK Notify is not set up here. */
    @GET
    @Path("/outbox")
    public TemplateInstance outbox(@CookieParam(CurrentShortlist.COOKIE) String key) {
        return Templates.outbox(shortlists.idFor(key).map(texts::outbox).orElse(List.of()));
    }

    private UUID publishedListing(String id) {
        UUID uuid = uuid(id);
        if (!shortlists.canAdd(uuid)) {
            throw new NotFoundException();
        }
        return uuid;
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException();
        }
    }

    /** Back to the page the button was on, at the same result, saying what happened. Local paths only. */
    static URI back(String returnTo, String what, UUID listingId) {
        String path = returnTo != null
                        && returnTo.startsWith("/")
                        && !returnTo.startsWith("//")
                        && !returnTo.contains("\\")
                        && returnTo.chars().noneMatch(Character::isISOControl)
                ? returnTo
                : "/shortlist";
        String separator = path.contains("?") ? "&" : "?";
        try {
            return URI.create(path + separator + what + "=" + listingId + "#shortlist-" + listingId);
        } catch (IllegalArgumentException e) {
            return URI.create("/shortlist");
        }
    }

    /** HttpOnly and SameSite=Lax: scripts cannot read it and other sites cannot use it. */
    NewCookie cookie(String key) {
        return new NewCookie.Builder(CurrentShortlist.COOKIE)
                .value(key)
                .path("/")
                .maxAge((int) Shortlists.KEPT_FOR.toSeconds())
                .httpOnly(true)
                .secure(config.security().secureCookies())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
