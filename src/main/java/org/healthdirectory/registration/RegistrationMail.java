package org.healthdirectory.registration;

import java.time.Duration;
import org.healthdirectory.notification.OutgoingMail;

/** The words of the registration emails: plain English, plain text, one clear action. */
final class RegistrationMail {

    private RegistrationMail() {}

    static OutgoingMail confirm(String to, String activityName, String baseUrl, String secret, Duration lifetime) {
        String link = baseUrl + "/register/confirm?token=" + secret;
        String text = """
                Hello,

                Thank you for listing "%s" in the directory.

                Please confirm your email address by opening this link:

                %s

                The link works once and stops working after %d hours.

                After you confirm, someone from the directory team will check your listing. This usually
                takes 2 working days. We will email you when it is live.

                If you did not ask to list an activity, you can ignore this email. Nothing will be published.
                """.formatted(activityName, link, lifetime.toHours());
        return new OutgoingMail(to, "Confirm your listing: " + activityName, text);
    }
}
