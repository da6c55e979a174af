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
import org.healthdirectory.language.MoreMessages;
import org.healthdirectory.language.ReaderLanguage;
import org.healthdirectory.language.Translations;

/**
 * Takes the "Did you find what you needed?" answer from a results page (a POST form with a CSRF token).
 * Its problems are told in the reader's language.
 */
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
    private final ReaderLanguage reader;

    SearchFeedbackResource(SearchFeedback feedback, ReaderLanguage reader) {
        this.feedback = feedback;
        this.reader = reader;
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
            MoreMessages txt = Translations.more(reader.current());
            String error = !answered
                    ? txt.errChooseYesNo()
                    // SearchFeedback words its problems in English; say the same in the reader's words.
                    : problem.get().startsWith("Use")
                            ? txt.errCommentTooLong(SearchFeedback.COMMENT_MAX)
                            : txt.errPersonalDetails();
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
