package org.healthdirectory.testing;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the directory sent, from the real GreenMail SMTP server of the local stack. */
public final class Mailbox {

    private static final String API = "http://127.0.0.1:" + LocalStack.MAIL_API;

    private Mailbox() {}

    /** The raw messages in this address's inbox, with quoted-printable soft line breaks undone. */
    public static List<String> messages(String address) {
        var response = RestAssured.given().baseUri(API).when().get("/api/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of(); // GreenMail does not know an address until mail arrives for it
        }
        List<String> raw = response.jsonPath().getList("mimeMessage", String.class);
        return raw.stream()
                .map(m -> m.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="))
                .toList();
    }

    /** Waits for a message to this address and returns the first link matching the pattern. */
    public static String awaitLink(String address, String linkPattern) {
        Pattern pattern = Pattern.compile(linkPattern);
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (String message : messages(address)) {
                Matcher matcher = pattern.matcher(message);
                if (matcher.find()) {
                    found[0] = matcher.group();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
