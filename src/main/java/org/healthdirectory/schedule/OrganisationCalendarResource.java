package org.healthdirectory.schedule;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** An iCalendar feed of all of an organisation's published sessions, for calendar apps to subscribe to. */
@Path("/organisations/{id}/calendar.ics")
public class OrganisationCalendarResource {

    private final Calendars calendars;

    OrganisationCalendarResource(Calendars calendars) {
        this.calendars = calendars;
    }

    @GET
    public Response organisation(@PathParam("id") UUID id) {
        return Response.ok(calendars.forOrganisation(id), ListingCalendarResource.ICS)
                .build();
    }
}
