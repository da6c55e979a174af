package org.healthdirectory.professional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;

/**
 * Pages for health professionals (role "professional", see application.properties): signing in,
 * and recording what they could not find for a patient, without any patient details.
 */
@Path("/professionals")
@Produces(MediaType.TEXT_HTML)
public class ProfessionalPageResource {

    public record DomainOption(String slug, String name, boolean selected) {}

    public record UnmetNeedView(
            String what, String outcode, List<DomainOption> domains, List<FieldError> errors, boolean recorded) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unmetNeed(UnmetNeedView view);
    }

    private final UnmetNeeds needs;
    private final FormErrors formErrors;

    ProfessionalPageResource(UnmetNeeds needs, FormErrors formErrors) {
        this.needs = needs;
        this.formErrors = formErrors;
    }

    /** Behind the professional role: Keycloak signs them in, then they go back where they were. */
    @GET
    @Path("/sign-in")
    public Response signIn(@QueryParam("returnTo") String returnTo) {
        boolean local = returnTo != null && returnTo.matches("/[A-Za-z0-9/_-]*") && !returnTo.startsWith("//");
        return Response.seeOther(URI.create(local ? returnTo : "/search")).build();
    }

    @GET
    @Path("/unmet-need")
    public TemplateInstance unmetNeedForm(@QueryParam("recorded") String recorded) {
        return Templates.unmetNeed(view(new UnmetNeedForm(null, null, null), List.of(), recorded != null));
    }

    @POST
    @Path("/unmet-need")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordUnmetNeed(@BeanParam UnmetNeedForm form) {
        boolean knownDomain = needs.domains().stream().anyMatch(d -> d.getSlug().equals(form.domain));
        List<FieldError> errors = FormErrors.plus(
                formErrors.of(form),
                knownDomain ? List.of() : List.of(new FieldError("domain", "Choose the type of support")),
                UnmetNeedForm.class);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.unmetNeed(view(form, errors, false)))
                    .build();
        }
        needs.record(form.what.strip(), form.domain, form.normalisedOutcode());
        return Response.seeOther(URI.create("/professionals/unmet-need?recorded=1"))
                .build();
    }

    private UnmetNeedView view(UnmetNeedForm form, List<FieldError> errors, boolean recorded) {
        List<DomainOption> options = needs.domains().stream()
                .map(d -> new DomainOption(d.getSlug(), d.getName(), d.getSlug().equals(form.domain)))
                .toList();
        return new UnmetNeedView(form.what, form.outcode, options, errors, recorded);
    }
}
