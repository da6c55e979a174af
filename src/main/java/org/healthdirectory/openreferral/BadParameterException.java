package org.healthdirectory.openreferral;

import jakarta.ws.rs.core.Response;
import org.healthdirectory.web.ErrorPages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A query parameter the API cannot use; answered with a 400 problem that names it. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    static class Mapper {
        @ServerExceptionMapper
        public Response badParameter(BadParameterException e) {
            return ErrorPages.badParameter(e.parameter(), e.getMessage());
        }
    }
}
