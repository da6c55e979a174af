package org.healthdirectory.listing;

public enum Cost {
    FREE("Free"),
    LOW_COST("Low cost"),
    PAID("Paid");

    public final String label;

    Cost(String label) {
        this.label = label;
    }
}
