package org.healthdirectory.testing;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

    /** A message as the reader sees it: the subject and the text, decoded (for words outside English). */
    public record Mail(String subject, String text) {}

    /** The messages in this address's inbox, with subjects and quoted-printable texts decoded as UTF-8. */
    public static List<Mail> mails(String address) {
        var response = RestAssured.given().baseUri(API).when().get("/api/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<String> subjects = response.jsonPath().getList("subject", String.class);
        List<String> raw = response.jsonPath().getList("mimeMessage", String.class);
        return java.util.stream.IntStream.range(0, raw.size())
                .mapToObj(i -> new Mail(subjects.get(i), text(raw.get(i))))
                .toList();
    }

    /** The body of a single-part message; quoted-printable is undone byte by byte, then read as UTF-8. */
    private static String text(String message) {
        int blank = message.indexOf("\r\n\r\n");
        String headers = blank < 0 ? message : message.substring(0, blank);
        String body = blank < 0 ? "" : message.substring(blank + 4);
        if (!headers.toLowerCase(java.util.Locale.ROOT).contains("content-transfer-encoding: quoted-printable")) {
            return body;
        }
        String joined = body.replace("=\r\n", "").replace("=\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
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
