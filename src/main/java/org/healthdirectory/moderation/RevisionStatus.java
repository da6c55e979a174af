package org.healthdirectory.moderation;

public enum RevisionStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED
}
