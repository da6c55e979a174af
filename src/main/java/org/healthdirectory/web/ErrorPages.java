package org.healthdirectory.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become responses: a JSON problem (RFC 9457) under /api and /openreferral,
 * a friendly page everywhere else. Never a stack trace to a user; unexpected errors are logged
 * with a reference the user can quote. Pages are in the reader's language; JSON problems stay English.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    /** A database restart or failover takes seconds to a minute. */
    private static final int RETRY_AFTER_SECONDS = 60;

    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound();

        static native TemplateInstance badRequest(String message);

        static native TemplateInstance serverError(String reference);

        static native TemplateInstance unavailable();
    }

    private final ErrorWords words;
    private final CurrentPage currentPage;

    ErrorPages(ErrorWords words, CurrentPage currentPage) {
        this.words = words;
        this.currentPage = currentPage;
    }

    public record Problem(String type, String title, int status, String detail, String parameter) {}

    /** A 400 problem for an API parameter, naming it so the caller can fix it. */
    public static Response badParameter(String parameter, String message) {
        return Response.status(400)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", "Invalid parameter", 400, parameter + ": " + message, parameter))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (isApi(uri)) {
            return problem(404, "Not found", "There is nothing at this address.");
        }
        return notFoundPage();
    }

    /** At any address, even one that is no page of ours: so it is in the reader's language wherever it is. */
    private Response notFoundPage() {
        currentPage.answerNotFound();
        return page(404, Templates.notFound());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request was not valid.");
        if (isApi(uri)) {
            return problem(400, "Invalid request", detail);
        }
        return page(400, Templates.badRequest(detail));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        int status = e.getResponse().getStatus();
        if (status == 405 && "GET".equals(request.getMethod()) && uri.getPath().startsWith("/console/")) {
            return backToThePage(uri);
        }
        if (status < 500) {
            if (isApi(uri)) {
                String message =
                        status == 400 ? "Check what you entered and try again." : "That request is not allowed.";
                return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), message);
            }
            String message = status == 400 ? words.checkEntered() : words.notAllowed();
            return status == 404 ? notFoundPage() : page(status, Templates.badRequest(message));
        }
        return unexpected(e, uri);
    }

    /**
     * A 400 for a request we cannot read: a problem under /api and /openreferral (in English), a page in
     * the reader's language elsewhere.
     */
    static Response refuse(String path, String english, String inReadersLanguage) {
        if (isApi(path)) {
            return problem(400, "Bad request", english);
        }
        return page(400, Templates.badRequest(inReadersLanguage));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Conflicts.causedByConflict(e)) {
            return Conflicts.response(uri); // a version check refused a change at commit: a 409, not a fault
        }
        if (MalformedRequests.isUnreadableForm(e)) {
            LOG.debugf("Unreadable form at %s: %s", LogSafe.path(uri), e.getMessage());
            return refuse(uri.getPath(), MalformedRequests.UNREADABLE_FORM, words.unreadableForm());
        }
        if (Outages.databaseUnreachable(e)) {
            LOG.warnf("Database unreachable at %s: %s", LogSafe.path(uri), e.getMessage());
            Response response = isApi(uri)
                    ? problem(
                            503,
                            "Service unavailable",
                            "The directory is not working right now. Try again in a few minutes.")
                    : page(503, Templates.unavailable());
            return Response.fromResponse(response)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s, at %s", reference, LogSafe.path(uri));
        if (isApi(uri)) {
            return problem(500, "Internal error", "Something went wrong on our side. Reference: " + reference);
        }
        return page(500, Templates.serverError(reference));
    }

    /**
     * After a staff session ran out, signing in again returns to the address the form was posted to,
     * as a GET. Such an address is an action ("/console/listings/{id}/suspend"): go to its page instead.
     */
    private static Response backToThePage(UriInfo uri) {
        String path = uri.getPath();
        String page = path.substring(0, path.lastIndexOf('/'));
        return Response.seeOther(uri.getBaseUriBuilder().path(page).build()).build();
    }

    static boolean isApi(UriInfo uri) {
        return isApi(uri.getPath());
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/openreferral");
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail, null))
                .build();
    }

    private static Response page(int status, TemplateInstance template) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(template.render())
                .build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
