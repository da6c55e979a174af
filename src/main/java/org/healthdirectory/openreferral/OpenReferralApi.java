package org.healthdirectory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.organisation.Organisation;

/** Reads what the ORUK endpoints return, each call in one read-only transaction. */
@ApplicationScoped
public class OpenReferralApi {

    /** A body and when what it shows last changed (null when unknown), for Last-Modified. */
    public record Answer(Object body, Instant lastModified) {}

    private final OrukQueries queries;
    private final OrukMapper mapper;
    private final OrukTaxonomy taxonomy;

    OpenReferralApi(OrukQueries queries, OrukMapper mapper, OrukTaxonomy taxonomy) {
        this.queries = queries;
        this.mapper = mapper;
        this.taxonomy = taxonomy;
    }

    @Transactional
    public Answer services(ListParameters p, boolean full) {
        OrukQueries.Slice<Listing> slice = queries.services(p, full);
        List<Oruk.Service> services = slice.items().stream()
                .map(l -> full ? mapper.service(l) : basic(l))
                .toList();
        return new Answer(
                page(p, slice.total(), services), latest(slice.items().stream().map(Listing::getUpdatedAt)));
    }

    @Transactional
    public Optional<Answer> service(UUID id) {
        return queries.service(id).map(l -> new Answer(mapper.service(l), l.getUpdatedAt()));
    }

    @Transactional
    public Answer serviceAtLocations(ListParameters p) {
        OrukQueries.Slice<Venue> slice = queries.serviceAtLocations(p);
        List<Oruk.ServiceAtLocation> items = slice.items().stream()
                .map(v -> mapper.serviceAtLocation(v, basic(v.getListing())))
                .toList();
        return new Answer(
                page(p, slice.total(), items),
                latest(slice.items().stream().map(v -> v.getListing().getUpdatedAt())));
    }

    @Transactional
    public Optional<Answer> serviceAtLocation(UUID id) {
        return queries.serviceAtLocation(id).map(v -> {
            Listing listing =
                    queries.fullListings(List.of(v.getListing().getId())).get(0);
            return new Answer(mapper.serviceAtLocation(v, mapper.service(listing)), listing.getUpdatedAt());
        });
    }

    @Transactional
    public Answer organizations(ListParameters p) {
        OrukQueries.Slice<Organisation> slice = queries.organisations(p);
        List<Oruk.Organization> items =
                slice.items().stream().map(o -> mapper.organization(o, null)).toList();
        return new Answer(
                page(p, slice.total(), items), latest(slice.items().stream().map(Organisation::getUpdatedAt)));
    }

    @Transactional
    public Optional<Answer> organization(UUID id) {
        return queries.organisation(id).map(o -> {
            List<Listing> listings = queries.servicesOf(id);
            List<Oruk.Service> services = listings.stream().map(this::basic).toList();
            Instant latest = latest(
                    Stream.concat(Stream.of(o.getUpdatedAt()), listings.stream().map(Listing::getUpdatedAt)));
            return new Answer(mapper.organization(o, services), latest);
        });
    }

    @Transactional
    public Answer taxonomies(ListParameters p) {
        List<Oruk.Taxonomy> all = Stream.of(taxonomy.taxonomy(false))
                .filter(t -> matches(p.search(), t.name(), t.description()))
                .toList();
        return new Answer(page(p, all), null);
    }

    @Transactional
    public Optional<Answer> taxonomy(UUID id) {
        return OrukTaxonomy.TAXONOMY_ID.equals(id)
                ? Optional.of(new Answer(taxonomy.taxonomy(true), null))
                : Optional.empty();
    }

    @Transactional
    public Answer taxonomyTerms(ListParameters p, UUID parentId, boolean topOnly) {
        List<Oruk.TaxonomyTerm> terms = taxonomy.terms().stream()
                .filter(t -> matches(p.search(), t.name(), t.description()))
                .filter(t -> p.taxonomyId() == null || p.taxonomyId().equals(t.taxonomyId()))
                .filter(t -> parentId == null || parentId.equals(t.parentId()))
                .filter(t -> !topOnly || t.parentId() == null)
                .toList();
        return new Answer(page(p, terms), null);
    }

    @Transactional
    public Optional<Answer> taxonomyTerm(UUID id) {
        return taxonomy.term(id).map(t -> new Answer(t, null));
    }

    private Oruk.Service basic(Listing listing) {
        return mapper.basicService(listing);
    }

    private static boolean matches(String search, String... texts) {
        return search == null
                || Stream.of(texts)
                        .filter(Objects::nonNull)
                        .anyMatch(t -> t.toLowerCase().contains(search.toLowerCase()));
    }

    private static Instant latest(Stream<Instant> instants) {
        return instants.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** A page of a list held in memory (the taxonomy is small). */
    static <T> Oruk.Page<T> page(ListParameters p, List<T> all) {
        int from = (int) Math.min(all.size(), (long) p.offset());
        int to = (int) Math.min(all.size(), (long) from + p.perPage());
        return page(p, all.size(), all.subList(from, to));
    }

    /**
     * The paging fields as the standard defines them: total_items the same on every page, size the
     * number of contents, first_page only on page 1, last_page only on the last page, and a page past
     * the end is empty (not page 1 again).
     */
    static <T> Oruk.Page<T> page(ListParameters p, long total, List<T> contents) {
        int totalPages = (int) ((total + p.perPage() - 1) / p.perPage());
        int page = p.page();
        return new Oruk.Page<>(
                total,
                totalPages,
                page,
                contents.size(),
                page == 1,
                page == Math.max(totalPages, 1),
                contents.isEmpty(),
                contents);
    }
}
