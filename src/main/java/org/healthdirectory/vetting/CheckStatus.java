package org.healthdirectory.vetting;

public enum CheckStatus {
    NOT_CHECKED("Not checked"),
    PASSED("Passed"),
    FAILED("Failed"),
    NOT_NEEDED("Not needed");

    public final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    /** Passed and failed checks say who checked and when. */
    public boolean isOutcome() {
        return this == PASSED || this == FAILED;
    }
}
