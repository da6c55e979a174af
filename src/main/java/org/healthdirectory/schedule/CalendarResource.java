package org.healthdirectory.schedule;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** iCalendar files for calendar apps: "Add to calendar" on a listing, and a feed per organisation. */
@Path("/")
public class CalendarResource {

    private static final String ICS = "text/calendar; charset=utf-8";

    private final Calendars calendars;

    CalendarResource(Calendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("/listings/{id}/calendar.ics")
    public Response listing(@PathParam("id") UUID id) {
        return Response.ok(calendars.forListing(id), ICS)
                .header("Content-Disposition", "attachment; filename=\"sessions.ics\"")
                .build();
    }

    @GET
    @Path("/organisations/{id}/calendar.ics")
    public Response organisation(@PathParam("id") UUID id) {
        return Response.ok(calendars.forOrganisation(id), ICS).build();
    }
}
