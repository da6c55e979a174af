package org.healthdirectory.listing;

public class IllegalStatusChangeException extends IllegalStateException {
    public IllegalStatusChangeException(ListingStatus from, ListingStatus to) {
        super("A listing cannot move from " + from + " to " + to);
    }
}
