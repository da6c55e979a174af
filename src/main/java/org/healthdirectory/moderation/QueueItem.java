package org.healthdirectory.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One thing waiting for a moderator: a proposed change, a problem report or an out-of-date entry. */
public record QueueItem(
        Type type,
        UUID id,
        UUID listingId,
        String listingName,
        String organisationName,
        Instant waitingSince,
        String waited,
        String detail,
        String link) {

    public enum Type {
        NEW_LISTING("New entry"),
        EDIT("Change to an entry"),
        WHEN_WHERE("Change to when and where"),
        CLAIM("Claim"),
        REMOVAL("Removal"),
        ORGANISATION("Change to an organisation"),
        REPORT("Problem report"),
        OUT_OF_DATE("Not confirmed for a long time");

        public final String label;

        Type(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        /** Only proposed changes can be approved in bulk; reports need reading. */
        public boolean isRevision() {
            return this != REPORT && this != OUT_OF_DATE;
        }
    }

    public boolean isBulkApprovable() {
        return type.isRevision();
    }

    /** How long something has waited, in the words a person would use. */
    public static String waited(Instant since, Instant now) {
        Duration waited = Duration.between(since, now);
        long days = waited.toDays();
        if (days >= 2) {
            return days + " days";
        }
        if (days == 1) {
            return "1 day";
        }
        long hours = waited.toHours();
        if (hours >= 1) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return "Less than an hour";
    }
}
