package org.healthdirectory.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Behind a load balancer (X-Forwarded-For believed from it only), limits count each visitor's own IP
 * address, and a stranger asking for sign-in links to a provider's address cannot lock the provider out:
 * the budget people meet is per address AND IP address. One inbox still cannot be flooded from many.
 */
@QuarkusTest
@TestProfile(SignInLimitsTest.BehindALoadBalancer.class)
class SignInLimitsTest {

    public static class BehindALoadBalancer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    private static final String STRANGER = "203.0.113.7";
    private static final String PROVIDER = "198.51.100.4";

    private static Response askForLink(String email, String from) {
        Response page = given().header("X-Forwarded-For", from).when().get("/manage");
        page.then().statusCode(200);
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return given().redirects()
                .follow(false)
                .header("X-Forwarded-For", from)
                .contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", token)
                .formParam("email", email)
                .when()
                .post("/manage");
    }

    @Test
    void aStrangerCannotUseUpAProvidersSignInLinks() {
        String provider = "provider-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 0; i < 3; i++) {
            askForLink(provider, STRANGER).then().statusCode(303);
        }
        askForLink(provider, STRANGER)
                .then()
                .statusCode(429)
                .body(containsString("We have sent too many emails from this page recently"));

        // The provider, from their own connection, still gets their link.
        askForLink(provider, PROVIDER).then().statusCode(303);
    }

    @Test
    void oneInboxCannotBeFloodedFromManyAddresses() {
        String inbox = "inbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 1; i <= 10; i++) {
            askForLink(inbox, "192.0.2." + i).then().statusCode(303);
        }
        askForLink(inbox, "192.0.2.11").then().statusCode(429);
        // Another address from the same connection is not affected.
        askForLink("other-" + inbox, "192.0.2.11").then().statusCode(303);
    }
}
