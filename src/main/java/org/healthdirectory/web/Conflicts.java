package org.healthdirectory.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two people (or two tabs) changed the same thing at once and the database's version check refused
 * the second change. That is not a fault: the second person gets a 409 that says what happened and
 * what to do, never the 500 page. Nothing of their change was saved.
 */
public class Conflicts {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance conflict();
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return response(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return response(uri);
    }

    /** True if a version check refused a change anywhere in the cause chain (e.g. at commit). */
    static boolean causedByConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static Response response(UriInfo uri) {
        if (ErrorPages.isApi(uri)) {
            return Response.status(409)
                    .type(new MediaType("application", "problem+json"))
                    .entity(new ErrorPages.Problem(
                            "about:blank",
                            "Conflict",
                            409,
                            "Someone else changed this at the same time. Nothing was saved; try again.",
                            null))
                    .build();
        }
        return Response.status(409)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.conflict().render())
                .build();
    }
}
