package org.healthdirectory.schedule;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * "Add to calendar" on a listing: an iCalendar file of its sessions. Its own class on the full path, so
 * it is matched before the listing page's "/listings" class (which would answer 404 for this path).
 */
@Path("/listings/{id}/calendar.ics")
public class ListingCalendarResource {

    static final String ICS = "text/calendar; charset=utf-8";

    private final Calendars calendars;

    ListingCalendarResource(Calendars calendars) {
        this.calendars = calendars;
    }

    @GET
    public Response listing(@PathParam("id") UUID id) {
        return Response.ok(calendars.forListing(id), ICS)
                .header("Content-Disposition", "attachment; filename=\"sessions.ics\"")
                .build();
    }
}
