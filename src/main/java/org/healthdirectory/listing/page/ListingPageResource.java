package org.healthdirectory.listing.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.taxonomy.TagLink;

/** The public page of one published listing: everything a person needs to go along. */
@Path("/listings")
@Produces(MediaType.TEXT_HTML)
public class ListingPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance listing(ListingView listing, List<String> checks, Page page);
    }

    private final ListingPages pages;

    ListingPageResource(ListingPages pages) {
        this.pages = pages;
    }

    @GET
    @Path("/{id}")
    public TemplateInstance listing(@PathParam("id") String id, @QueryParam("back") String back) {
        ListingPages.Shown shown = pages.published(parse(id));
        return Templates.listing(
                shown.listing(), shown.checks(), new Page(BackLink.from(back), shown.address(), shown.tags()));
    }

    /**
     * Where "Back" goes (the person's own search when they came from one), this page's full address (for
     * "Share this activity") and links to the pages of its tags.
     */
    public record Page(BackLink back, String address, List<TagLink> tags) {}

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
