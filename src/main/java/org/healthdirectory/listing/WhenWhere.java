package org.healthdirectory.listing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A listing's places and the times at each, as one value: what the "When and where" page edits and
 * what a revision proposes (kept as JSON in its own column), so a moderator approves all of it at once.
 * Two values are equal when they say the same thing. Sessions are replaced, not changed in place, so
 * the search index always sees the change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WhenWhere(List<Place> places) {

    public WhenWhere {
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** A venue; {@code id} is the venue's id, or null for a new one. Coordinates are looked up when saved. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(
            UUID id,
            VenueMode mode,
            String name,
            String address,
            String postcode,
            Double latitude,
            Double longitude,
            List<Time> times) {

        public Place {
            times = times == null ? List.of() : List.copyOf(times);
        }

        public String text() {
            String where = String.join(
                    ", ",
                    Stream.of(name, address, postcode).filter(Objects::nonNull).toList());
            return switch (mode) {
                case IN_PERSON -> where.isEmpty() ? "In person" : where;
                case ONLINE -> "Online" + (where.isEmpty() ? "" : ": " + where);
                case AT_HOME -> "At your home or by phone";
            };
        }
    }

    /** One session's pattern and note. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Time(SessionPattern pattern, String note) {

        public String text() {
            return ScheduleText.describe(pattern)
                    + (pattern.cancelled().isEmpty()
                            ? ""
                            : ". Not on "
                                    + String.join(
                                            ", ",
                                            pattern.cancelled().stream()
                                                    .map(ScheduleText::date)
                                                    .toList()))
                    + (pattern.frequency() == Frequency.DATES && pattern.dates().size() > 1
                            ? ": "
                                    + String.join(
                                            ", ",
                                            pattern.dates().stream()
                                                    .map(ScheduleText::date)
                                                    .toList())
                            : "")
                    + (pattern.frequency() == Frequency.WEEKLY && pattern.interval() > 1 && pattern.startsOn() != null
                            ? " (first on " + ScheduleText.date(pattern.startsOn()) + ")"
                            : "")
                    + (note == null ? "" : ". " + note);
        }
    }

    public static WhenWhere of(Listing listing) {
        List<Place> places = new ArrayList<>();
        List<Venue> venues = listing.getVenues();
        for (Venue venue : venues) {
            List<Time> times = listing.getSessions().stream()
                    .filter(s -> venue.equals(s.getVenue()) || (s.getVenue() == null && venue.equals(venues.get(0))))
                    .map(s -> new Time(s.pattern(), s.getNote()))
                    .toList();
            places.add(new Place(
                    venue.getId(),
                    venue.getMode(),
                    venue.getName(),
                    venue.getAddress(),
                    venue.getPostcode(),
                    venue.getLatitude(),
                    venue.getLongitude(),
                    times));
        }
        return new WhenWhere(places);
    }

    /** Where and when in words, for the audit log. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("where", whereText());
        map.put("when", whenText());
        return map;
    }

    /** The places in words, one a line, for the moderator's diff. */
    public String whereText() {
        return String.join("; ", places.stream().map(Place::text).toList());
    }

    /** The times in words, by place, for the moderator's diff. */
    public String whenText() {
        List<String> lines = new ArrayList<>();
        for (Place place : places) {
            for (Time time : place.times()) {
                lines.add(time.text() + (places.size() > 1 ? " (" + place.text() + ")" : ""));
            }
        }
        return String.join("; ", lines);
    }

    /** Makes the listing's venues and sessions these: venues kept by id, sessions all replaced. */
    public void applyTo(Listing listing) {
        Map<UUID, Venue> existing = new HashMap<>();
        listing.getVenues().forEach(v -> existing.put(v.getId(), v));
        listing.getSessions().clear();
        List<Venue> kept = new ArrayList<>();
        for (Place place : places) {
            Venue venue = place.id() == null ? null : existing.get(place.id());
            if (venue == null) {
                venue = new Venue(UUID.randomUUID(), place.mode(), place.name(), place.address(), place.postcode());
                listing.addVenue(venue);
            } else {
                venue.change(place.mode(), place.name(), place.address(), place.postcode());
            }
            if (place.latitude() != null && place.longitude() != null) {
                venue.locate(place.latitude(), place.longitude());
            } else {
                venue.unlocate();
            }
            kept.add(venue);
            for (Time time : place.times()) {
                Session session = new Session(UUID.randomUUID(), time.pattern());
                session.setVenue(venue);
                session.setNote(time.note());
                listing.addSession(session);
            }
        }
        listing.getVenues().retainAll(kept);
    }
}
