package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.healthdirectory.web.FieldError;
import org.jboss.resteasy.reactive.RestForm;

/** The monthly prize draw page: who is in the draw for a month, run it once, and past results. */
@Path("/console/prize-draw")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class PrizeDrawResource {

    public record DrawView(
            String month,
            List<PrizeDraws.Entrant> entrants,
            List<PrizeDraws.PastDraw> past,
            String method,
            String done,
            List<FieldError> errors) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance draw(DrawView view);
    }

    private final PrizeDraws draws;
    private final StaffScope staff;
    private final Clock clock;

    PrizeDrawResource(PrizeDraws draws, StaffScope staff, Clock clock) {
        this.draws = draws;
        this.staff = staff;
        this.clock = clock;
    }

    @GET
    public Response page(@QueryParam("month") String month, @QueryParam("done") String done) {
        String chosen = month == null || month.isBlank() ? lastMonth().toString() : month.strip();
        YearMonth parsed = parse(chosen);
        if (parsed == null) {
            return Response.status(400)
                    .entity(view(chosen, null, List.of(new FieldError("month", "Enter a month like " + lastMonth()))))
                    .build();
        }
        return Response.ok(view(
                        chosen,
                        "drawn".equals(done) ? "The draw is done. We are emailing the winner." : null,
                        List.of()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@RestForm String month) {
        String chosen = month == null ? "" : month.strip();
        YearMonth parsed = parse(chosen);
        if (parsed == null) {
            return Response.status(400)
                    .entity(view(chosen, null, List.of(new FieldError("month", "Enter a month like " + lastMonth()))))
                    .build();
        }
        try {
            draws.run(parsed, staff.current());
        } catch (DecisionRefused e) {
            return Response.status(409)
                    .entity(view(chosen, null, List.of(new FieldError("month", e.getMessage()))))
                    .build();
        }
        return Response.seeOther(URI.create("/console/prize-draw?month=" + parsed + "&done=drawn"))
                .build();
    }

    private TemplateInstance view(String month, String done, List<FieldError> errors) {
        PrizeDraws.Board board = draws.board(parse(month));
        return Templates.draw(new DrawView(month, board.entrants(), board.past(), PrizeDraws.METHOD, done, errors));
    }

    private YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
