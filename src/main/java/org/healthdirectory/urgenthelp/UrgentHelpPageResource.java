package org.healthdirectory.urgenthelp;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** "Get help now": who to call or text straight away, linked from every page's footer. */
@Path("/get-help-now")
@Produces(MediaType.TEXT_HTML)
public class UrgentHelpPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(UrgentHelp.Panel help);
    }

    private final UrgentHelp urgentHelp;

    UrgentHelpPageResource(UrgentHelp urgentHelp) {
        this.urgentHelp = urgentHelp;
    }

    @GET
    public TemplateInstance page() {
        return Templates.page(urgentHelp.all());
    }
}
