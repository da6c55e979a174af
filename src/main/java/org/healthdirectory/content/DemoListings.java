package org.healthdirectory.content;

import java.util.List;

/** The shape of content/demo/listings.json: invented organisations and their activities. */
record DemoListings(List<Organisation> organisations, List<Listing> listings) {

    record Organisation(
            String id, String name, String type, String charityNumber, String website, String contactEmail) {}

    record Listing(
            String id,
            String organisationId,
            String name,
            String summary,
            String description,
            List<String> domains,
            List<String> tags,
            List<String> audiences,
            Integer minAge,
            Integer maxAge,
            String cost,
            String costDetail,
            String howToJoin,
            String howToJoinDetail,
            List<String> languages,
            List<String> accessibility,
            Contact contact,
            boolean takingNewPeople,
            Venue venue,
            List<Session> sessions,
            int lastConfirmedDaysAgo,
            Professional professional) {}

    /** Optional details for health professionals. */
    record Professional(String referralDetails, String contact, String capacity) {}

    record Contact(String phone, String email, String website) {}

    record Venue(String mode, String name, String address, String postcode) {}

    /** {@code interval}: every how many weeks or months (default 1); {@code monthWeek}: 1 to 5, or -1 for the last. */
    record Session(
            String frequency,
            List<String> days,
            String start,
            String end,
            boolean termTimeOnly,
            String note,
            Integer interval,
            Integer monthWeek) {}
}
