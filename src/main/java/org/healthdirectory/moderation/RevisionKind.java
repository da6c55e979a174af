package org.healthdirectory.moderation;

public enum RevisionKind {
    NEW_LISTING,
    EDIT,
    /** The listing's places and times, from the provider's "When and where" page, as one value. */
    WHEN_WHERE,
    REMOVAL,
    CLAIM,
    /** A change to the organisation's own details (name, numbers, website), shown with one of its listings. */
    ORGANISATION
}
