package org.healthdirectory.search;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.healthdirectory.taxonomy.DomainRepository;

/** A page per domain (/domains/physical-activity): the search page with that domain chosen, same filters. */
@Path("/domains")
@Produces(MediaType.TEXT_HTML)
public class DomainPageResource {

    private final SearchPageResource searchPage;
    private final DomainRepository domains;

    DomainPageResource(SearchPageResource searchPage, DomainRepository domains) {
        this.searchPage = searchPage;
        this.domains = domains;
    }

    @GET
    @Path("/{slug}")
    @Transactional
    public Response domain(@PathParam("slug") String slug, @BeanParam SearchForm form) {
        domains.findBySlug(slug).orElseThrow(NotFoundException::new);
        form.domain = slug;
        return searchPage.search(form);
    }
}
