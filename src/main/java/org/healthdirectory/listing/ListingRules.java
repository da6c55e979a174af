package org.healthdirectory.listing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.healthdirectory.geo.Locality;
import org.healthdirectory.geo.LocalityRepository;
import org.healthdirectory.geo.Postcode;

/**
 * The rules every way of making a listing follows (registration, demo content, Open Referral import):
 * how long each text may be, how a summary is made from a description, and which localities (and so
 * which moderators) a listing belongs to. One place, so the forms, the import and the database agree.
 */
@ApplicationScoped
public class ListingRules {

    /** Lengths, as the database columns allow them. */
    public static final int NAME_MAX = 200;

    public static final int SUMMARY_MAX = 300;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int HOW_TO_JOIN_DETAIL_MAX = 500;
    public static final int VENUE_NAME_MAX = 200;
    public static final int VENUE_ADDRESS_MAX = 500;

    private final LocalityRepository localities;

    ListingRules(LocalityRepository localities) {
        this.localities = localities;
    }

    /** The first sentence of a description, shortened at a word if it is too long for a summary. */
    public static String summaryOf(String description) {
        String text = description == null ? "" : description.strip();
        String first = text.split("(?<=[.!?])\\s+", 2)[0].strip();
        if (first.length() <= SUMMARY_MAX) {
            return first;
        }
        String cut = first.substring(0, SUMMARY_MAX - 1);
        int space = cut.lastIndexOf(' ');
        return (space > SUMMARY_MAX / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    /** Shortens text to a limit, marking the cut; for imported text that is longer than we keep. */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * A listing belongs to the localities covering its venues' postcodes. One that is online, comes to
     * people's homes or is somewhere no locality covers belongs to all, so no moderator misses it.
     */
    public void assignLocalities(Listing listing) {
        assignLocalities(listing, allLocalities());
    }

    /** All localities, read once by callers that make many listings in one go (demo content). */
    public List<Locality> allLocalities() {
        return localities.listAll();
    }

    /** As {@link #assignLocalities(Listing)}, with the localities already read. */
    public static void assignLocalities(Listing listing, List<Locality> all) {
        Set<Locality> covering = new LinkedHashSet<>();
        for (Venue venue : listing.getVenues()) {
            String outcode =
                    Postcode.parse(venue.getPostcode()).map(Postcode::outcode).orElse(null);
            all.stream().filter(l -> l.covers(outcode)).forEach(covering::add);
        }
        listing.getLocalities().clear();
        listing.getLocalities().addAll(covering.isEmpty() ? all : covering);
    }
}
