package org.healthdirectory.openreferral;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The UK profile asks for open access: any web page may call the API from a browser, so every
 * answer under /openreferral (errors too) says Access-Control-Allow-Origin: *.
 */
public class OpenAccessFilter {

    @ServerResponseFilter
    public void allowAnyOrigin(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/openreferral")) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
            response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag, Last-Modified");
        }
    }
}
