package org.healthdirectory.listing;

public enum Frequency {
    WEEKLY("Every week"),
    FORTNIGHTLY("Every 2 weeks"),
    MONTHLY("Every month"),
    ONE_OFF("One date only");

    public final String label;

    Frequency(String label) {
        this.label = label;
    }
}
