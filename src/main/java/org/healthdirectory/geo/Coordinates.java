package org.healthdirectory.geo;

/**
 * A point on the map and how precise it is: the centre of a full postcode
 * or only of its outward code (a few miles across).
 */
public record Coordinates(double latitude, double longitude, Precision precision) {

    public enum Precision {
        POSTCODE,
        OUTCODE
    }

    private static final double EARTH_RADIUS_MILES = 3958.8;

    /** Great-circle distance in miles. */
    public double milesTo(double otherLatitude, double otherLongitude) {
        double dLat = Math.toRadians(otherLatitude - latitude);
        double dLon = Math.toRadians(otherLongitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(otherLatitude))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(a));
    }
}
