package org.healthdirectory.listing.page;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.freshness.Staleness;
import org.healthdirectory.language.ContentTranslations;
import org.healthdirectory.language.PageWords;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.SessionTimes;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.listing.Venue;

/** Everything the public listing page shows, as plain values (templates never see entities). */
public record ListingView(
        UUID id,
        String name,
        String summary,
        List<String> descriptionParagraphs,
        String organisationName,
        String organisationType,
        String organisationWebsite,
        List<String> domains,
        List<String> tags,
        String whoFor,
        List<String> audiences,
        String cost,
        String costDetail,
        String howToJoin,
        String howToJoinDetail,
        List<String> languages,
        List<String> accessibility,
        String phone,
        String email,
        String website,
        boolean takingNewPeople,
        List<VenueView> venues,
        List<SessionView> sessions,
        String lastChecked,
        boolean mayBeOutOfDate) {

    /**
     * A place. {@code summary} is the one line for "Where": the name and address the provider gave; with
     * only a postcode, the area and "ask the group for the address" (never "In person M18 8LD", which
     * reads like an address); in the reader's language.
     */
    public record VenueView(String mode, String name, String address, String postcode, String mapUrl, String summary) {}

    /** How to join in one line: what they chose, what they wrote, or "Ask the group". */
    public String howToJoinText() {
        if (howToJoin == null) {
            return howToJoinDetail;
        }
        return howToJoinDetail == null ? howToJoin : howToJoin + ". " + howToJoinDetail;
    }

    /** {@code place}: the venue, when the listing has more than one. */
    public record SessionView(String text, String note, List<String> nextDates, String place) {}

    /** The listing as the page shows it; the directory's own words (domains, tags...) in the reader's language. */
    public static ListingView from(
            Listing listing,
            ContentCatalogue catalogue,
            ContentTranslations translated,
            PageWords words,
            LocalDate today,
            int outOfDateAfterMonths) {
        LocalDate lastConfirmed = LocalDate.ofInstant(listing.getLastConfirmedAt(), UkTime.ZONE);
        return new ListingView(
                listing.getId(),
                listing.getName(),
                listing.getSummary(),
                listing.getDescription()
                        .lines()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                listing.getOrganisation().getName(),
                words.organisationType(listing.getOrganisation().getType()),
                webAddress(listing.getOrganisation().getWebsite()),
                listing.getDomains().stream()
                        .sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
                        .map(d -> translated.domainName(d.getSlug(), d.getName()))
                        .toList(),
                listing.getTags().stream()
                        .map(t -> translated.tagName(t.getSlug(), t.getName()))
                        .sorted()
                        .toList(),
                words.ages(listing.getMinAge(), listing.getMaxAge()),
                listing.getAudiences().stream()
                        .map(slug -> translated.audienceName(slug, catalogue.audienceName(slug)))
                        .toList(),
                listing.getCost() == null ? words.askTheGroup() : words.cost(listing.getCost()),
                listing.getCostDetail(),
                listing.getHowToJoin() == null
                        ? (listing.getHowToJoinDetail() == null ? words.askTheGroup() : null)
                        : words.howToJoin(listing.getHowToJoin()),
                listing.getHowToJoinDetail(),
                listing.getLanguages().stream().map(words::languageName).toList(),
                listing.getAccessibility().stream()
                        .map(slug -> translated.accessibilityName(slug, catalogue.accessibilityName(slug)))
                        .toList(),
                listing.getContactPhone(),
                listing.getContactEmail(),
                webAddress(listing.getContactWebsite()),
                listing.isTakingNewPeople(),
                listing.getVenues().stream().map(v -> venue(v, words)).toList(),
                listing.getSessions().stream()
                        .map(s -> new SessionView(
                                words.sessionText(s.pattern()),
                                s.getNote(),
                                SessionTimes.nextDates(s, today, 3).stream()
                                        .map(words::date)
                                        .toList(),
                                listing.getVenues().size() > 1 && s.getVenue() != null
                                        ? venueText(s.getVenue(), words)
                                        : null))
                        .toList(),
                words.date(lastConfirmed) + " " + lastConfirmed.getYear(),
                Staleness.reached(listing.getLastConfirmedAt(), today, outOfDateAfterMonths));
    }

    private static String venueText(Venue venue, PageWords words) {
        VenueView view = venue(venue, words);
        List<String> parts = java.util.stream.Stream.of(view.name(), view.address(), view.postcode())
                .filter(part -> part != null && !part.isBlank())
                .toList();
        return parts.isEmpty() ? view.mode() : String.join(", ", parts);
    }

    private static VenueView venue(Venue venue, PageWords words) {
        String map = venue.isLocated()
                ? "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=16/%.5f/%.5f"
                        .formatted(venue.getLatitude(), venue.getLongitude(), venue.getLatitude(), venue.getLongitude())
                : null;
        String mode = words.venueMode(venue.getMode());
        String summary;
        if (venue.getName() == null && venue.getAddress() == null) {
            summary = venue.getPostcode() == null ? mode : words.nearAskForAddress(venue.getPostcode());
        } else {
            summary = String.join(
                    ", ",
                    java.util.stream.Stream.of(venue.getName(), venue.getAddress(), venue.getPostcode())
                            .filter(java.util.Objects::nonNull)
                            .toList());
        }
        return new VenueView(mode, venue.getName(), venue.getAddress(), venue.getPostcode(), map, summary);
    }

    /** Only http(s) addresses become links, whatever was stored. */
    static String webAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
