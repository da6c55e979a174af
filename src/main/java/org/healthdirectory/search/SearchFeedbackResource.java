package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.healthdirectory.language.MoreMessages;
import org.healthdirectory.language.ReaderLanguage;
import org.healthdirectory.language.Translations;
import org.healthdirectory.text.PersonalDetails;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Takes the "Did you find what you needed?" answer from a results page (a POST form with a CSRF token).
 * Its problems are told in the reader's language.
 */
@Path("/search/feedback")
@Produces(MediaType.TEXT_HTML)
public class SearchFeedbackResource {

    /** The answer, an optional comment kept only without personal details, and the search it is about. */
    public static class FeedbackForm {
        @RestForm
        @NotBlank(message = "Choose yes or no")
        @Pattern(regexp = "yes|no", message = "Choose yes or no")
        public String found;

        @RestForm
        @Size(max = SearchFeedback.COMMENT_MAX, message = "Use " + SearchFeedback.COMMENT_MAX + " characters or fewer")
        @PersonalDetails.None
        public String comment;

        @RestForm
        public String q;

        @RestForm
        public String domain;

        @RestForm
        public String postcode;
    }

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
    private final FormErrors formErrors;

    SearchFeedbackResource(SearchFeedback feedback, ReaderLanguage reader, FormErrors formErrors) {
        this.feedback = feedback;
        this.reader = reader;
        this.formErrors = formErrors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@BeanParam FeedbackForm form) {
        SearchQuery query = new SearchQuery(form.q, form.domain, form.postcode, null, null, null, 1);
        String back = query.href(1);
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            // The page shows one problem, the first on the form, in the reader's words.
            FieldError first = errors.get(0);
            return Response.status(400)
                    .entity(Templates.problem(
                            back,
                            form.found,
                            form.comment,
                            inReadersLanguage(first),
                            first.field(),
                            query.text(),
                            query.domain(),
                            query.postcode()))
                    .build();
        }
        feedback.record("yes".equals(form.found), form.comment, query);
        return Response.ok(Templates.thanks(back)).build();
    }

    /** The form's checks speak English; the page says the same in the reader's language. */
    private String inReadersLanguage(FieldError error) {
        MoreMessages txt = Translations.more(reader.current());
        if (error.field().equals("found")) {
            return txt.errChooseYesNo();
        }
        return error.message().equals(PersonalDetails.REMOVE_THEM)
                ? txt.errPersonalDetails()
                : txt.errCommentTooLong(SearchFeedback.COMMENT_MAX);
    }
}
