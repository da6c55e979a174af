package org.healthdirectory.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionTimes;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.web.DirectoryConfig;

/** The iCalendar files: one published listing's sessions ("Add to calendar"), or all of an organisation's. */
@ApplicationScoped
public class Calendars {

    private final ListingRepository listings;
    private final DirectoryConfig config;
    private final Clock clock;
    private final ICalendar writer = new ICalendar(SessionTimes.NEXT);

    Calendars(ListingRepository listings, DirectoryConfig config, Clock clock) {
        this.listings = listings;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public String forListing(UUID id) {
        Listing listing = listings.findById(id);
        if (listing == null || !listing.isPublished()) {
            throw new NotFoundException();
        }
        return writer.calendar(listing.getName(), events(listing), clock.instant());
    }

    @Transactional
    public String forOrganisation(UUID organisationId) {
        List<Listing> published = listings.list(
                "organisation.id = ?1 and status = ?2 order by name", organisationId, ListingStatus.PUBLISHED);
        if (published.isEmpty()) {
            throw new NotFoundException();
        }
        return writer.calendar(
                published.get(0).getOrganisation().getName(),
                published.stream().flatMap(l -> events(l).stream()).toList(),
                clock.instant());
    }

    private List<ICalendar.Event> events(Listing listing) {
        String url = config.baseUrl() + "/listings/" + listing.getId();
        return listing.getSessions().stream()
                .map(s -> new ICalendar.Event(
                        s.getId().toString(),
                        listing.getName(),
                        where(s, listing),
                        s.getNote() != null ? listing.getSummary() + "\n" + s.getNote() : listing.getSummary(),
                        url,
                        s.pattern()))
                .toList();
    }

    private static String where(Session session, Listing listing) {
        Venue venue = session.getVenue() != null
                ? session.getVenue()
                : listing.getVenues().isEmpty() ? null : listing.getVenues().get(0);
        if (venue == null) {
            return null;
        }
        return WhenWhere.of(listing).places().stream()
                .filter(p -> venue.getId().equals(p.id()))
                .map(WhenWhere.Place::text)
                .findFirst()
                .orElse(null);
    }
}
