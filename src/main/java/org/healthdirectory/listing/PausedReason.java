package org.healthdirectory.listing;

/** Why a listing is paused, when it was not the provider's choice. */
public enum PausedReason {
    /** Nobody confirmed it for months (see freshness.FreshnessJob); confirming it shows it again. */
    OUT_OF_DATE
}
