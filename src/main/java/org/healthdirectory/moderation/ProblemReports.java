package org.healthdirectory.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;

/**
 * "Report a problem with this page" for a published entry: which entry it is, and taking the report in
 * one transaction with the check that the entry is still published. Anything else is not found.
 */
@ApplicationScoped
public class ProblemReports {

    /** The entry a problem is reported about. */
    public record Entry(UUID id, String name) {}

    private final ListingRepository listings;
    private final ListingReports reports;

    ProblemReports(ListingRepository listings, ListingReports reports) {
        this.listings = listings;
        this.reports = reports;
    }

    @Transactional
    public Entry entry(String listingId) {
        Listing listing = published(listingId);
        return new Entry(listing.getId(), listing.getName());
    }

    /** False when this address has sent too many reports in the last hour (nothing is stored). */
    @Transactional
    public boolean send(String listingId, ListingReport.Reason reason, String details, String email, String ip) {
        return reports.receive(published(listingId), reason, details, email, ip).isPresent();
    }

    private Listing published(String id) {
        return listings.findPublished(id).orElseThrow(NotFoundException::new);
    }
}
