package org.healthdirectory.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A page per domain (/domains/physical-activity): the search page with that domain chosen, same filters. */
@Path("/domains")
@Produces(MediaType.TEXT_HTML)
public class DomainPageResource {

    private final SearchPageResource searchPage;
    private final Browsing browsing;

    DomainPageResource(SearchPageResource searchPage, Browsing browsing) {
        this.searchPage = searchPage;
        this.browsing = browsing;
    }

    @GET
    @Path("/{slug}")
    public Response domain(@PathParam("slug") String slug, @BeanParam SearchForm form) {
        if (!browsing.hasDomain(slug)) {
            throw new NotFoundException();
        }
        form.domain = slug;
        return searchPage.search(form);
    }
}
