package org.healthdirectory.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Where Keycloak sends staff after signing out. It comes with the logout state in the address
 * ("?state=..."), which means nothing to a person: drop it, and the cookie that held it, and go home.
 */
@Path("/signed-out")
public class SignedOutResource {

    static final String POST_LOGOUT_COOKIE = "q_post_logout";

    @GET
    public Response signedOut() {
        NewCookie expired = new NewCookie.Builder(POST_LOGOUT_COOKIE)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
