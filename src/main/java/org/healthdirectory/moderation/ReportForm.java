package org.healthdirectory.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.healthdirectory.web.EmailAddress;
import org.jboss.resteasy.reactive.RestForm;

/** What the "Report a problem with this page" form sends. Messages are shown next to each field. */
public class ReportForm {

    /** The two messages the page tells apart from a field's other message, to say them in the reader's words. */
    static final String DETAILS_MISSING = "Tell us what is wrong";

    static final String EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";

    @RestForm
    @NotNull(message = "Choose what is wrong")
    @Pattern(regexp = "WRONG_DETAILS|STOPPED|CONTACT_FAILS|OTHER", message = "Choose what is wrong")
    public String reason;

    @RestForm
    @NotBlank(message = DETAILS_MISSING)
    @Size(max = 1000, message = "What is wrong must be 1,000 characters or fewer")
    public String details;

    @RestForm
    @Size(max = EmailAddress.MAX, message = "Email address must be 320 characters or fewer")
    @Pattern(regexp = EmailAddress.PATTERN, message = EMAIL_FORMAT)
    public String email;
}
