package org.healthdirectory.listing;

public enum HowToJoin {
    JUST_TURN_UP("Just turn up"),
    BOOK("Book a place first"),
    REFERRAL("Ask a health worker to refer you");

    public final String label;

    HowToJoin(String label) {
        this.label = label;
    }
}
