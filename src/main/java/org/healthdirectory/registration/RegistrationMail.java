package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.Duration;
import org.healthdirectory.notification.OutgoingMail;

/** The emails of registration, sign-in and claims. The words are in templates/RegistrationMail. */
final class RegistrationMail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(String activityName, String link, Duration lifetime);

        static native TemplateInstance signIn(String link, Duration lifetime);

        static native TemplateInstance claim(String listingName, String link, Duration lifetime);
    }

    private RegistrationMail() {}

    static OutgoingMail confirm(String to, String activityName, String baseUrl, String secret, Duration lifetime) {
        return new OutgoingMail(
                to,
                "Confirm your listing: " + activityName,
                Templates.confirm(activityName, baseUrl + "/register/confirm?token=" + secret, lifetime)
                        .render());
    }

    static OutgoingMail signIn(String to, String baseUrl, String secret, Duration lifetime) {
        return new OutgoingMail(
                to,
                "Sign in to manage your listings",
                Templates.signIn(baseUrl + "/manage/sign-in?token=" + secret, lifetime)
                        .render());
    }

    static OutgoingMail claim(String to, String listingName, String baseUrl, String secret, Duration lifetime) {
        return new OutgoingMail(
                to,
                "Confirm you run " + listingName,
                Templates.claim(listingName, baseUrl + "/claims/verify?token=" + secret, lifetime)
                        .render());
    }
}
