package org.healthdirectory.moderation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

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

    /** A month as the form takes it, 2026-10: the same rule for choosing a month and for running its draw. */
    @Pattern(regexp = "\\s*[0-9]{4}-(0[1-9]|1[0-2])\\s*", message = ENTER_A_MONTH)
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface Month {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final String ENTER_A_MONTH = "Enter a month like 2026-10";

    /** "Show entrants": the month to show, last month when left blank. */
    public static class ShowForm {
        @RestQuery
        @Month
        public String month;

        @RestQuery
        public String done;
    }

    /** "Run the draw": the month shown. */
    public static class RunForm {
        @RestForm
        @NotBlank(message = ENTER_A_MONTH)
        @Month
        public String month;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance draw(DrawView view);
    }

    private final PrizeDraws draws;
    private final StaffScope staff;
    private final Clock clock;
    private final FormErrors formErrors;

    PrizeDrawResource(PrizeDraws draws, StaffScope staff, Clock clock, FormErrors formErrors) {
        this.draws = draws;
        this.staff = staff;
        this.clock = clock;
        this.formErrors = formErrors;
    }

    @GET
    public Response page(@BeanParam ShowForm form) {
        List<FieldError> errors = formErrors.of(form);
        String chosen = form.month == null || form.month.isBlank() ? lastMonth().toString() : form.month.strip();
        if (!errors.isEmpty()) {
            return Response.status(400).entity(view(chosen, null, errors)).build();
        }
        return Response.ok(view(
                        chosen,
                        "drawn".equals(form.done) ? "The draw is done. We are emailing the winner." : null,
                        List.of()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@BeanParam RunForm form) {
        List<FieldError> errors = formErrors.of(form);
        String chosen = form.month == null ? "" : form.month.strip();
        if (!errors.isEmpty()) {
            return Response.status(400).entity(view(chosen, null, errors)).build();
        }
        YearMonth month = YearMonth.parse(chosen);
        try {
            draws.run(month, staff.current());
        } catch (DecisionRefused e) {
            return Response.status(409)
                    .entity(view(chosen, null, List.of(new FieldError("month", e.getMessage()))))
                    .build();
        }
        return Response.seeOther(URI.create("/console/prize-draw?month=" + month + "&done=drawn"))
                .build();
    }

    private TemplateInstance view(String month, String done, List<FieldError> errors) {
        PrizeDraws.Board board = draws.board(parse(month));
        return Templates.draw(new DrawView(month, board.entrants(), board.past(), PrizeDraws.METHOD, done, errors));
    }

    private YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
    }

    /** The month to show entrants for: null when it is not a month, so the board shows none. */
    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
