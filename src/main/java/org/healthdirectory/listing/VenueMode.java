package org.healthdirectory.listing;

public enum VenueMode {
    IN_PERSON,
    ONLINE,
    AT_HOME
}
