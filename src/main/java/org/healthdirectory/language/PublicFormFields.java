package org.healthdirectory.language;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of the public pages' forms as those pages name them, in the reader's language, for the page
 * that shows what was typed into a refused form. A choice says what was chosen ("Tak", not "yes"); what
 * the reader never typed or chose (the activity's id, the page to go back to) is left out.
 */
@ApplicationScoped
public class PublicFormFields {

    /** One field of a refused public form, ready to show. */
    public record Field(String label, String value) {}

    /** Hidden fields the page itself fills in: nothing a reader would want to copy back. */
    private static final Set<String> NOT_TYPED = Set.of("listing", "returnTo", "direction", "lang", "size", "domain");

    private final ChosenLanguage chosen;
    private final ReaderLanguage reader;

    PublicFormFields(ChosenLanguage chosen, ReaderLanguage reader) {
        this.chosen = chosen;
        this.reader = reader;
    }

    /** Whether the form was sent to a public page's address; staff and provider forms keep their own names. */
    public boolean fromPublicPage() {
        return chosen.translated();
    }

    /** The field as its page names it; empty when it is one the reader did not type or choose. */
    public Optional<Field> describe(String name, String value) {
        if (NOT_TYPED.contains(name)) {
            return Optional.empty();
        }
        Language language = reader.current();
        Messages msg = Translations.messages(language);
        MoreMessages txt = Translations.more(language);
        return Optional.of(
                switch (name) {
                    case "q" -> new Field(msg.whatLookingFor(), value);
                    case "postcode" -> new Field(msg.postcodeOrPlace(), value);
                    case "found" -> new Field(txt.didYouFind(), yesOrNo(value, txt));
                    case "comment" -> new Field(txt.lookingForOptional(), value);
                    case "reason" -> new Field(txt.whatIsWrong(), reason(value, txt));
                    case "details" -> new Field(txt.tellUsMore(), value);
                    case "email" -> new Field(msg.email(), value);
                    case "mobile" -> new Field(msg.sheetMobileLabel(), value);
                    case "practice" -> new Field(msg.sheetPracticeLabel(), value);
                    default -> new Field(txt.somethingYouTyped(), value);
                });
    }

    private static String yesOrNo(String value, MoreMessages txt) {
        return switch (value) {
            case "yes" -> txt.yes();
            case "no" -> txt.no();
            default -> value;
        };
    }

    /** The report form's reasons, as its radios say them (the codes are ListingReport.Reason's). */
    private static String reason(String value, MoreMessages txt) {
        return switch (value) {
            case "WRONG_DETAILS" -> txt.reasonWrongDetails();
            case "STOPPED" -> txt.reasonStopped();
            case "CONTACT_FAILS" -> txt.reasonContactFails();
            case "OTHER" -> txt.reasonOther();
            default -> value;
        };
    }
}
