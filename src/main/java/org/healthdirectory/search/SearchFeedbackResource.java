package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Takes the "Did you find what you needed?" answer from a results page (a POST form with a CSRF token). */
@Path("/search/feedback")
@Produces(MediaType.TEXT_HTML)
public class SearchFeedbackResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thanks(String searchHref);

        static native TemplateInstance problem(
                String searchHref,
                String found,
                String comment,
                String error,
                String errorOn,
                String q,
                String domain,
                String postcode);
    }

    private final SearchFeedback feedback;

    SearchFeedbackResource(SearchFeedback feedback) {
        this.feedback = feedback;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(
            @FormParam("found") String found,
            @FormParam("comment") String comment,
            @FormParam("q") String text,
            @FormParam("domain") String domain,
            @FormParam("postcode") String postcode) {
        SearchQuery query = new SearchQuery(text, domain, postcode, null, null, null, 1);
        String back = query.href(1);
        Optional<String> problem = SearchFeedback.problemWith(comment);
        boolean answered = "yes".equals(found) || "no".equals(found);
        if (!answered || problem.isPresent()) {
            String error = answered ? problem.get() : "Choose yes or no";
            return Response.status(400)
                    .entity(Templates.problem(
                            back,
                            found,
                            comment,
                            error,
                            answered ? "comment" : "found",
                            query.text(),
                            query.domain(),
                            query.postcode()))
                    .build();
        }
        feedback.record("yes".equals(found), comment, query);
        return Response.ok(Templates.thanks(back)).build();
    }
}
