package org.healthdirectory.moderation;

public enum RevisionKind {
    NEW_LISTING,
    EDIT,
    REMOVAL,
    CLAIM
}
