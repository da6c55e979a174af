package org.healthdirectory.moderation;

/** A decision that cannot be made any more, e.g. someone else decided first. Shown to the moderator. */
public class DecisionRefused extends RuntimeException {
    public DecisionRefused(String message) {
        super(message);
    }
}
