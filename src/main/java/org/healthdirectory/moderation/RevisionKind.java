package org.healthdirectory.moderation;

public enum RevisionKind {
    NEW_LISTING,
    EDIT,
    REMOVAL,
    CLAIM,
    /** A change to the organisation's own details (name, numbers, website), shown with one of its listings. */
    ORGANISATION
}
