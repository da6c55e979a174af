package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.healthdirectory.notification.OutgoingMail;

/** The emails a provider gets about a moderator's decision or the prize draw. The words are in templates/ModerationMail. */
final class ModerationMail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance approved(
                String change, String listingName, String link, String note, String manageLink, String serviceName);

        static native TemplateInstance rejected(
                String change, String listingName, String reason, String manageLink, String serviceName);

        static native TemplateInstance changesRequested(
                String change, String listingName, String message, String link, String serviceName);

        static native TemplateInstance suspended(
                String listingName, String reason, boolean canFix, String link, String serviceName);

        static native TemplateInstance reportAnswered(String listingName, String note, String serviceName);

        static native TemplateInstance prizeWon(String organisationName, String month, String serviceName);
    }

    private ModerationMail() {}

    /** "your new entry", "your change", ... as the emails say it. */
    static String change(RevisionKind kind) {
        return switch (kind) {
            case NEW_LISTING -> "your new entry";
            case EDIT -> "your change";
            case WHEN_WHERE -> "your change to when and where it happens";
            case CLAIM -> "your request to manage the entry";
            case REMOVAL -> "your request to remove the entry";
            case ORGANISATION -> "the change to your organisation's details";
        };
    }

    static OutgoingMail mail(String to, String subject, TemplateInstance body) {
        return new OutgoingMail(to, subject, body.render());
    }
}
