package org.healthdirectory.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A provider going through the public registration, by HTTP, up to "waiting for a moderator". */
public final class Providers {

    private Providers() {}

    public static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Registers an activity and confirms the email link, so a NEW_LISTING revision waits in the queue. */
    public static void registerAndConfirm(String activityName, String description, String postcode, String email) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("organisationName", activityName + " group");
        fields.put("activityName", activityName);
        fields.put("description", description);
        fields.put("domains", "physical-activity");
        fields.put("where", "postcode");
        fields.put("postcode", postcode);
        fields.put("email", email);
        String[] csrf = csrf("/register");
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", csrf[0])
                .formParam("csrf-token", csrf[1])
                .formParams(fields)
                .when()
                .post("/register")
                .then()
                .statusCode(303);
        String link = Mailbox.awaitLink(email, TestUrls.linkTo("/register/confirm"));
        String token = link.substring(link.indexOf("token=") + 6);
        String[] confirmCsrf = csrf("/register/confirm?token=" + token);
        given().redirects()
                .follow(false)
                .cookie("csrf-token", confirmCsrf[0])
                .formParam("csrf-token", confirmCsrf[1])
                .formParam("token", token)
                .when()
                .post("/register/confirm")
                .then()
                .statusCode(303);
    }

    private static String[] csrf(String path) {
        Response page = given().when().get(path);
        page.then().statusCode(200);
        return new String[] {
            page.getCookie("csrf-token"), page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value")
        };
    }
}
