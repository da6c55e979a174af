package org.healthdirectory.moderation;

/** One row of a moderator's diff: a field as published and as proposed. */
public record FieldChange(String label, String published, String proposed, boolean changed) {}
