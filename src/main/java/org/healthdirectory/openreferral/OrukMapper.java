package org.healthdirectory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.organisation.Organisation;

/**
 * Turns our entities into ORUK objects. Child objects we do not store separately (contacts, cost
 * options, languages...) get ids derived from their parent's id, so they are stable between calls.
 */
@ApplicationScoped
public class OrukMapper {

    static final String AT_HOME = "At your home";

    private final ContentCatalogue catalogue;

    OrukMapper(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static UUID derivedId(String kind, Object... parts) {
        StringBuilder key = new StringBuilder(kind);
        for (Object part : parts) {
            key.append(':').append(part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Only the one-to-one fields and the organisation, as the standard's lists return: no child queries. */
    public Oruk.Service basicService(Listing listing) {
        return new Oruk.Service(
                listing.getId(),
                listing.getOrganisation().getId(),
                listing.getName(),
                listing.getDescription(),
                listing.getContactWebsite(),
                listing.getContactEmail(),
                "active",
                applicationProcess(listing),
                listing.getCostDetail(),
                listing.getMinAge(),
                listing.getMaxAge(),
                listing.getUpdatedAt().toString(),
                organization(listing.getOrganisation(), null),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The whole service, with everything that belongs to it. */
    public Oruk.Service service(Listing listing) {
        UUID id = listing.getId();
        Oruk.Service basic = basicService(listing);
        return new Oruk.Service(
                id,
                basic.organizationId(),
                basic.name(),
                basic.description(),
                basic.url(),
                basic.email(),
                basic.status(),
                basic.applicationProcess(),
                basic.feesDescription(),
                basic.minimumAge(),
                basic.maximumAge(),
                basic.lastModified(),
                basic.organization(),
                listing.getSessions().stream()
                        .flatMap(s -> OrukSchedules.toOruk(id, s).stream())
                        .toList(),
                listing.getVenues().stream()
                        .map(v -> serviceAtLocation(v, null))
                        .toList(),
                languages(listing),
                listing.getCost() == null ? List.of() : List.of(costOption(listing)),
                contacts(listing),
                attributes(listing));
    }

    public Oruk.Organization organization(Organisation organisation, List<Oruk.Service> services) {
        UUID id = organisation.getId();
        List<Oruk.OrganizationIdentifier> identifiers = new ArrayList<>();
        if (organisation.getCharityNumber() != null) {
            identifiers.add(new Oruk.OrganizationIdentifier(
                    derivedId("charity", id),
                    id,
                    "GB-CHC",
                    "Charity Commission number",
                    organisation.getCharityNumber()));
        }
        if (organisation.getCompanyNumber() != null) {
            identifiers.add(new Oruk.OrganizationIdentifier(
                    derivedId("company", id), id, "GB-COH", "Companies House number", organisation.getCompanyNumber()));
        }
        return new Oruk.Organization(
                id,
                organisation.getName(),
                organisation.getType().label,
                organisation.getWebsite(),
                identifiers.isEmpty() ? null : identifiers,
                services);
    }

    public Oruk.ServiceAtLocation serviceAtLocation(Venue venue, Oruk.Service service) {
        UUID serviceId = venue.getListing().getId();
        // The venue is both: its id names the service at location, the location's id is derived from it.
        return new Oruk.ServiceAtLocation(venue.getId(), serviceId, locationId(venue), location(venue), service);
    }

    static UUID locationId(Venue venue) {
        return derivedId("location", venue.getId());
    }

    Oruk.Location location(Venue venue) {
        UUID id = locationId(venue);
        String type = venue.getMode() == VenueMode.ONLINE ? "virtual" : "physical";
        String name = venue.getName() != null
                ? venue.getName()
                : venue.getMode() == VenueMode.ONLINE
                        ? "Online"
                        : venue.getMode() == VenueMode.AT_HOME ? AT_HOME : null;
        List<Oruk.Address> addresses =
                venue.getMode() == VenueMode.IN_PERSON && venue.getAddress() != null ? List.of(address(venue)) : null;
        List<String> features =
                venue.getMode() == VenueMode.IN_PERSON ? venue.getListing().getAccessibility() : List.of();
        List<Oruk.Accessibility> accessibility = features.isEmpty()
                ? null
                : features.stream()
                        .map(f -> new Oruk.Accessibility(
                                derivedId("accessibility", id, f), id, catalogue.accessibilityName(f)))
                        .toList();
        return new Oruk.Location(id, type, name, venue.getLatitude(), venue.getLongitude(), addresses, accessibility);
    }

    private static Oruk.Address address(Venue venue) {
        String address = venue.getAddress();
        int lastComma = address.lastIndexOf(',');
        String street =
                lastComma < 0 ? address : address.substring(0, lastComma).trim();
        String city = lastComma < 0 ? "" : address.substring(lastComma + 1).trim();
        // UK addresses have no state; the standard requires the field, so it is sent empty.
        return new Oruk.Address(
                derivedId("address", venue.getId()),
                locationId(venue),
                street,
                city,
                "",
                venue.getPostcode() == null ? "" : venue.getPostcode(),
                "GB",
                "physical");
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static String applicationProcess(Listing listing) {
        String detail = listing.getHowToJoinDetail();
        boolean noDetail = detail == null || detail.isBlank();
        if (listing.getHowToJoin() == null) {
            return noDetail ? null : detail;
        }
        return listing.getHowToJoin().label + (noDetail ? "" : ". " + detail);
    }

    static Oruk.CostOption costOption(Listing listing) {
        BigDecimal amount = listing.getCost() == Cost.FREE ? BigDecimal.ZERO : null;
        return new Oruk.CostOption(
                derivedId("cost_option", listing.getId()),
                listing.getId(),
                listing.getCost().label,
                amount,
                listing.getCostDetail());
    }

    private static List<Oruk.Language> languages(Listing listing) {
        return listing.getLanguages().stream()
                .map(code -> new Oruk.Language(
                        derivedId("language", listing.getId(), code),
                        listing.getId(),
                        Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK),
                        code))
                .toList();
    }

    private static List<Oruk.Contact> contacts(Listing listing) {
        if (listing.getContactPhone() == null && listing.getContactEmail() == null) {
            return List.of();
        }
        UUID contactId = derivedId("contact", listing.getId());
        List<Oruk.Phone> phones = listing.getContactPhone() == null
                ? null
                : List.of(new Oruk.Phone(derivedId("phone", listing.getId()), contactId, listing.getContactPhone()));
        return List.of(new Oruk.Contact(
                contactId, listing.getId(), listing.getOrganisation().getName(), listing.getContactEmail(), phones));
    }

    private static List<Oruk.Attribute> attributes(Listing listing) {
        List<Oruk.Attribute> attributes = new ArrayList<>();
        listing.getDomains().forEach(d -> attributes.add(attribute(listing.getId(), OrukTaxonomy.term(d))));
        listing.getTags().forEach(t -> attributes.add(attribute(listing.getId(), OrukTaxonomy.term(t))));
        return attributes;
    }

    private static Oruk.Attribute attribute(UUID serviceId, Oruk.TaxonomyTerm term) {
        return new Oruk.Attribute(derivedId("attribute", serviceId, term.id()), serviceId, term.id(), "service", term);
    }
}
