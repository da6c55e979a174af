package org.healthdirectory.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.geo.PostcodeLookup;
import org.healthdirectory.registration.ProviderSessions;

/** /manage/listings/{id}/when-and-where: a signed-in provider's places and times for one listing. */
@Path("/manage/listings/{id}/when-and-where")
@Produces(MediaType.TEXT_HTML)
public class WhenWherePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance whenAndWhere(WhenWhereView view);
    }

    private final WhenWhereChanges changes;
    private final ProviderSessions sessions;
    private final PostcodeLookup postcodes;

    WhenWherePageResource(WhenWhereChanges changes, ProviderSessions sessions, PostcodeLookup postcodes) {
        this.changes = changes;
        this.sessions = sessions;
        this.postcodes = postcodes;
    }

    @GET
    public Response page(@CookieParam(ProviderSessions.COOKIE) String session, @PathParam("id") UUID id) {
        Optional<String> email = sessions.email(session);
        if (email.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        WhenWhereChanges.Current current = changes.current(email.get(), id);
        MultivaluedMap<String, String> form = WhenWhereView.form(current.whenWhere());
        if (current.calendarUrl() != null) {
            form.putSingle(WhenWhereView.CALENDAR_URL, current.calendarUrl());
        }
        return Response.ok(Templates.whenAndWhere(
                        WhenWhereView.of(id, current.listingName(), current.waiting(), form, List.of())))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @CookieParam(ProviderSessions.COOKIE) String session,
            @PathParam("id") UUID id,
            MultivaluedMap<String, String> form) {
        Optional<String> email = sessions.email(session);
        if (email.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        WhenWhereChanges.Current current = changes.current(email.get(), id);
        WhenWhereForm.Parsed parsed = WhenWhereForm.parse(form, postcodes::locate);
        if (!parsed.errors().isEmpty()) {
            return Response.status(400)
                    .entity(Templates.whenAndWhere(
                            WhenWhereView.of(id, current.listingName(), false, form, parsed.errors())))
                    .build();
        }
        if (!Objects.equals(parsed.calendarUrl(), current.calendarUrl())) {
            changes.setCalendarUrl(email.get(), id, parsed.calendarUrl());
        }
        return Response.seeOther(URI.create("/manage/listings?done=" + changes.save(email.get(), id, parsed.value())))
                .build();
    }
}
