package org.healthdirectory.content;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Editorial pages: about, privacy notice, accessibility statement, help for providers. */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(MarkdownPages.Page page);
    }

    private final MarkdownPages pages;

    PageResource(MarkdownPages pages) {
        this.pages = pages;
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance page(@PathParam("slug") String slug) {
        return Templates.page(pages.find(slug).orElseThrow(NotFoundException::new));
    }
}
