package org.healthdirectory.web;

/**
 * What a form takes as an email address (something@somewhere.tld, no spaces, up to 320 characters): one
 * rule for the provider's forms and the public "report a problem" form, each wording its own message.
 */
public final class EmailAddress {

    /** A Bean Validation @Pattern: an address, or blank (left to @NotBlank where one is required). */
    public static final String PATTERN = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public static final int MAX = 320;

    private EmailAddress() {}
}
