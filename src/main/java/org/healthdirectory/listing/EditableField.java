package org.healthdirectory.listing;

/**
 * The details of a listing a provider can change themselves, each with the label a moderator reads.
 * A revision names the fields it changes with these, so moderation and registration share one list.
 */
public enum EditableField {
    NAME("Name"),
    SUMMARY("Summary"),
    DESCRIPTION("What happens"),
    COST("Cost"),
    HOW_TO_JOIN("How to join"),
    AGES("Ages"),
    CONTACT_PHONE("Phone"),
    CONTACT_EMAIL("Email"),
    CONTACT_WEBSITE("Website"),
    TAKING_NEW_PEOPLE("Taking new people"),
    AUDIENCES("Who it is for"),
    ACCESSIBILITY("Accessibility"),
    LANGUAGES("Languages");

    public final String label;

    EditableField(String label) {
        this.label = label;
    }
}
