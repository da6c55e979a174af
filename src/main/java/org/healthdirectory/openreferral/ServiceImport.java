package org.healthdirectory.openreferral;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.geo.PostcodeLookup;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.Frequency;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingRules;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.ScheduleText;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationRepository;
import org.healthdirectory.organisation.OrganisationType;
import org.healthdirectory.taxonomy.Domain;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.taxonomy.Tag;
import org.healthdirectory.taxonomy.TagRepository;
import org.healthdirectory.web.Hashing;

/**
 * Turns one ORUK/HSDS 3.0 service (JSON) into a listing, in its own transaction, so one bad record
 * never undoes the rest. A second import of the same record (same source and id) updates the listing
 * it made; an unchanged record is skipped. See docs/open-referral.md for how fields map.
 */
@ApplicationScoped
public class ServiceImport {

    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final SourceRecords records;
    private final DomainRepository domains;
    private final TagRepository tags;
    private final PostcodeLookup postcodes;
    private final ContentCatalogue catalogue;
    private final ListingRules rules;
    private final RevisionRepository revisions;
    private final ImportEntries entries;
    private final Clock clock;

    ServiceImport(
            ListingRepository listings,
            OrganisationRepository organisations,
            SourceRecords records,
            DomainRepository domains,
            TagRepository tags,
            PostcodeLookup postcodes,
            ContentCatalogue catalogue,
            ListingRules rules,
            RevisionRepository revisions,
            ImportEntries entries,
            Clock clock) {
        this.listings = listings;
        this.organisations = organisations;
        this.records = records;
        this.domains = domains;
        this.tags = tags;
        this.postcodes = postcodes;
        this.catalogue = catalogue;
        this.rules = rules;
        this.revisions = revisions;
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob.Entry importService(String source, JsonNode service, ListingStatus newStatus) {
        return importOne(source, service, newStatus);
    }

    /**
     * Imports one service for a run of an import job, and writes what happened to it in the same
     * transaction, so the job never loses or repeats it. Throws RunTakenAway (undoing this service)
     * when the given instance no longer runs the job.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob.Entry importService(
            UUID job, String runner, String source, JsonNode service, ListingStatus newStatus) {
        if (!entries.holdRun(job, runner)) {
            throw new ImportJob.RunTakenAway();
        }
        ImportJob.Entry entry = importOne(source, service, newStatus);
        entries.record(job, entry);
        return entry;
    }

    private ImportJob.Entry importOne(String source, JsonNode service, ListingStatus newStatus) {
        String sourceId = text(service, "id");
        String name = text(service, "name");
        if (sourceId == null) {
            return skipped(null, name, "it has no id");
        }
        if (name == null) {
            return skipped(sourceId, null, "it has no name");
        }
        String status = Optional.ofNullable(text(service, "status")).orElse("active");
        Optional<SourceRecord> known = records.find(source, SourceRecord.Type.SERVICE, sourceId);
        String hash = hash(service.toString());
        if (known.isPresent() && known.get().getContentHash().equals(hash)) {
            return skipped(sourceId, name, "unchanged since the last import");
        }
        if (known.isEmpty() && !"active".equals(status)) {
            return skipped(sourceId, name, "its status is " + status);
        }
        JsonNode organisationNode = service.path("organization");
        if (!organisationNode.isObject() || text(organisationNode, "name") == null) {
            return skipped(sourceId, name, "it has no organization with a name");
        }
        Instant now = clock.instant();
        List<String> notes = new ArrayList<>();
        Organisation organisation = organisation(source, organisationNode, now);
        Listing listing = known.map(r -> listings.findById(r.getLocalId())).orElse(null);
        boolean created = listing == null;
        if (created) {
            listing = new Listing(UUID.randomUUID(), organisation, clip(name, ListingRules.NAME_MAX), "", "", now);
        }
        fill(listing, service, notes);
        if (created) {
            listings.persist(listing);
            listing.moveTo(ListingStatus.PENDING, now);
            if (newStatus == ListingStatus.PUBLISHED) {
                listing.moveTo(ListingStatus.PUBLISHED, now);
            } else {
                // Waits in the moderation queue like a registration, for the moderators of its localities.
                revisions.persist(Revision.newListing(listing, Set.of(), null, now));
            }
            records.persist(new SourceRecord(source, SourceRecord.Type.SERVICE, sourceId, listing.getId(), hash, now));
        } else {
            known.get().imported(hash, now);
        }
        return new ImportJob.Entry(
                sourceId,
                name,
                created ? ImportJob.Outcome.CREATED : ImportJob.Outcome.UPDATED,
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    private Organisation organisation(String source, JsonNode node, Instant now) {
        String sourceId = Optional.ofNullable(text(node, "id")).orElse(text(node, "name"));
        Optional<SourceRecord> known = records.find(source, SourceRecord.Type.ORGANIZATION, sourceId);
        if (known.isPresent()) {
            Organisation found = organisations.findById(known.get().getLocalId());
            if (found != null) {
                return found;
            }
        }
        String charity = null;
        String company = null;
        for (JsonNode identifier : node.path("organization_identifiers")) {
            String scheme =
                    Optional.ofNullable(text(identifier, "identifier_scheme")).orElse("");
            if (scheme.equalsIgnoreCase("GB-CHC")) {
                charity = clip(text(identifier, "identifier"), 20);
            } else if (scheme.equalsIgnoreCase("GB-COH")) {
                company = clip(text(identifier, "identifier"), 20);
            }
        }
        Organisation organisation = new Organisation(
                UUID.randomUUID(),
                clip(text(node, "name"), 200),
                type(text(node, "description"), charity),
                clip(text(node, "email"), 320),
                now);
        organisation.setRegistrationNumbers(charity, company);
        organisation.setWebsite(clip(Optional.ofNullable(text(node, "website")).orElse(text(node, "url")), 500));
        organisations.persist(organisation);
        if (known.isPresent()) {
            records.delete(known.get());
            records.flush();
        }
        records.persist(new SourceRecord(
                source, SourceRecord.Type.ORGANIZATION, sourceId, organisation.getId(), hash(node.toString()), now));
        return organisation;
    }

    /** Our own exports say the type in the description; otherwise a registered charity is the one sure case. */
    private static OrganisationType type(String description, String charityNumber) {
        for (OrganisationType type : OrganisationType.values()) {
            if (type.label.equalsIgnoreCase(description)) {
                return type;
            }
        }
        return charityNumber != null ? OrganisationType.CHARITY : OrganisationType.COMMUNITY_GROUP;
    }

    private void fill(Listing listing, JsonNode s, List<String> notes) {
        String description = Optional.ofNullable(text(s, "description")).orElse(text(s, "name"));
        listing.setName(clip(text(s, "name"), ListingRules.NAME_MAX));
        listing.setDescription(clip(description, ListingRules.DESCRIPTION_MAX));
        listing.setSummary(ListingRules.summaryOf(description));
        listing.setContact(clip(phone(s), 40), clip(text(s, "email"), 320), clip(text(s, "url"), 500));
        listing.setAgeRange(age(s, "minimum_age"), age(s, "maximum_age"));
        if (listing.getMinAge() != null && listing.getMaxAge() != null && listing.getMinAge() > listing.getMaxAge()) {
            listing.setAgeRange(null, null);
            notes.add("minimum age above maximum age: ages left out");
        }
        cost(listing, s);
        howToJoin(listing, text(s, "application_process"));
        List<String> languages = languages(s);
        listing.setLanguages(languages);
        listing.getVenues().clear();
        listing.getSessions().clear();
        listings.flush();
        List<Scheduled> schedules = new ArrayList<>();
        list(s.path("schedules")).forEach(x -> schedules.add(new Scheduled(x, null)));
        Map<String, Venue> venuesBySource = new HashMap<>();
        Set<String> accessibility = new LinkedHashSet<>();
        for (JsonNode sal : s.path("service_at_locations")) {
            JsonNode location = sal.path("location");
            Venue venue = location.isObject() ? venue(location) : null;
            if (venue != null) {
                listing.addVenue(venue);
                Optional.ofNullable(text(sal, "id")).ifPresent(id -> venuesBySource.put(id, venue));
                for (JsonNode feature : location.path("accessibility")) {
                    accessibilityFeature(feature, notes).ifPresent(accessibility::add);
                }
            }
            for (JsonNode x : sal.path("schedules")) {
                schedules.add(new Scheduled(x, venue));
            }
        }
        if (listing.getVenues().isEmpty()) {
            notes.add("no location: shown as online until a moderator adds one");
            listing.addVenue(new Venue(UUID.randomUUID(), VenueMode.ONLINE, null, null, null));
        }
        listing.setAccessibility(List.copyOf(accessibility));
        rules.assignLocalities(listing);
        sessions(listing, schedules, venuesBySource, notes);
        terms(listing, s.path("attributes"), notes);
    }

    private static String phone(JsonNode s) {
        for (JsonNode contact : s.path("contacts")) {
            for (JsonNode phone : contact.path("phones")) {
                if (text(phone, "number") != null) {
                    return text(phone, "number").replace("\"", "");
                }
            }
        }
        for (JsonNode phone : s.path("phones")) {
            if (text(phone, "number") != null) {
                return text(phone, "number").replace("\"", "");
            }
        }
        return null;
    }

    private static Integer age(JsonNode s, String field) {
        JsonNode value = s.path(field);
        return value.isNumber() && value.asDouble() >= 0 && value.asDouble() <= 150 ? value.asInt() : null;
    }

    /** Free when an option says so or costs nothing; our own labels ("Low cost") map back exactly. */
    private static void cost(Listing listing, JsonNode s) {
        Cost cost = null;
        String detail = text(s, "fees_description");
        for (JsonNode option : s.path("cost_options")) {
            String label = Optional.ofNullable(text(option, "option")).orElse("");
            for (Cost c : Cost.values()) {
                if (c.label.equalsIgnoreCase(label.trim())) {
                    cost = c;
                }
            }
            if (cost == null) {
                boolean free = label.toLowerCase(Locale.ROOT).contains("free")
                        || option.path("amount").isNumber()
                                && option.path("amount").asDouble() == 0;
                cost = free ? Cost.FREE : Cost.PAID;
            }
            if (detail == null) {
                detail = text(option, "amount_description");
            }
        }
        listing.setCost(cost); // none given: "Ask the group", never assumed free
        listing.setCostDetail(clip(detail, 300));
    }

    /** Our own wording ("Book a place first. ...") maps back exactly; other text is read for clues. */
    private static void howToJoin(Listing listing, String process) {
        HowToJoin how = null; // not said: shown as "Ask the group", never guessed
        String detail = process;
        if (process != null) {
            Optional<HowToJoin> ours = Arrays.stream(HowToJoin.values())
                    .filter(h -> process.startsWith(h.label))
                    .findFirst();
            if (ours.isPresent()) {
                how = ours.get();
                detail = process.substring(how.label.length()).replaceFirst("^\\.\\s*", "");
            } else {
                String lower = process.toLowerCase(Locale.ROOT);
                how = lower.contains("refer") ? HowToJoin.REFERRAL : lower.contains("book") ? HowToJoin.BOOK : how;
            }
        }
        listing.setHowToJoin(how);
        listing.setHowToJoinDetail(
                clip(detail == null || detail.isBlank() ? null : detail, ListingRules.HOW_TO_JOIN_DETAIL_MAX));
    }

    private static List<String> languages(JsonNode s) {
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode language : s.path("languages")) {
            String code = text(language, "code");
            String name = text(language, "name");
            if (code == null && name != null) {
                code = Arrays.stream(Locale.getISOLanguages())
                        .filter(c -> Locale.forLanguageTag(c)
                                .getDisplayLanguage(Locale.UK)
                                .equalsIgnoreCase(name))
                        .findFirst()
                        .orElse(null);
            }
            if (code != null && code.length() <= 3) {
                codes.add(code.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(codes);
    }

    private Venue venue(JsonNode location) {
        JsonNode address = location.path("addresses").path(0);
        boolean hasAddress = address.isObject();
        Double latitude =
                location.path("latitude").isNumber() ? location.path("latitude").asDouble() : null;
        Double longitude = location.path("longitude").isNumber()
                ? location.path("longitude").asDouble()
                : null;
        VenueMode mode = "virtual".equals(text(location, "location_type"))
                ? VenueMode.ONLINE
                : !hasAddress && latitude == null ? VenueMode.AT_HOME : VenueMode.IN_PERSON;
        String postcode = hasAddress
                ? Postcode.parse(Optional.ofNullable(text(address, "postal_code"))
                                .orElse(""))
                        .map(Postcode::display)
                        .orElse(null)
                : null;
        String street = hasAddress
                ? String.join(
                        ", ",
                        Stream.of(text(address, "address_1"), text(address, "address_2"), text(address, "city"))
                                .filter(t -> t != null && !t.isBlank())
                                .toList())
                : null;
        String name = text(location, "name");
        if (mode == VenueMode.AT_HOME && OrukMapper.AT_HOME.equals(name)
                || mode == VenueMode.ONLINE && "Online".equals(name)) {
            name = null;
        }
        Venue venue = new Venue(UUID.randomUUID(), mode, clip(name, 200), clip(street, 500), postcode);
        if (latitude != null && longitude != null) {
            venue.locate(latitude, longitude);
        } else if (postcode != null) {
            postcodes.locate(postcode).ifPresent(c -> venue.locate(c.latitude(), c.longitude()));
        }
        return venue;
    }

    private Optional<String> accessibilityFeature(JsonNode feature, List<String> notes) {
        String description = Optional.ofNullable(text(feature, "description")).orElse(text(feature, "accessibility"));
        if (description == null) {
            return Optional.empty();
        }
        Optional<String> slug = catalogue.accessibilityFeatures().stream()
                .filter(f -> f.name().equalsIgnoreCase(description) || f.slug().equalsIgnoreCase(description))
                .map(ContentCatalogue.TagEntry::slug)
                .findFirst();
        if (slug.isEmpty()) {
            notes.add("accessibility \"" + clip(description, 60) + "\" is not one we list");
        }
        return slug;
    }

    /** A schedule from the feed, with the venue it was listed under (null when listed on the service). */
    private record Scheduled(JsonNode schedule, Venue venue) {}

    /**
     * Schedules become sessions at their venue (nested under it, or named by service_at_location_id).
     * Listed dates come one schedule per date: those with the same venue, times and words join into one session.
     */
    private static void sessions(
            Listing listing, List<Scheduled> schedules, Map<String, Venue> venuesBySource, List<String> notes) {
        Map<List<Object>, Session> byDates = new HashMap<>();
        for (Scheduled scheduled : schedules) {
            Optional<OrukSchedules.Imported> read = OrukSchedules.fromOruk(scheduled.schedule(), notes);
            if (read.isEmpty()) {
                continue;
            }
            SessionPattern pattern = read.get().pattern();
            Venue venue = scheduled.venue() != null
                    ? scheduled.venue()
                    : venuesBySource.get(read.get().serviceAtLocationId());
            String description = read.get().description();
            String note = description == null || description.equals(ScheduleText.describe(pattern))
                    ? null
                    : clip(description, 300);
            if (pattern.frequency() == Frequency.DATES) {
                List<Object> key = Arrays.asList(
                        venue, pattern.start(), pattern.end(), note, pattern.termTimeOnly(), pattern.cancelled());
                Session same = byDates.get(key);
                if (same != null) {
                    List<LocalDate> dates = new ArrayList<>(same.pattern().dates());
                    dates.addAll(pattern.dates());
                    same.setPattern(SessionPattern.onDates(dates, pattern.start(), pattern.end())
                            .termTimeOnly(pattern.termTimeOnly())
                            .skippingBankHolidays(pattern.skipBankHolidays())
                            .withCancelled(pattern.cancelled()));
                    if (note == null || note.equals(ScheduleText.describe(same.pattern()))) {
                        same.setNote(null);
                    }
                    continue;
                }
            }
            Session session = new Session(UUID.randomUUID(), pattern);
            session.setVenue(venue);
            session.setNote(note);
            listing.addSession(session);
            if (pattern.frequency() == Frequency.DATES) {
                byDates.put(
                        Arrays.asList(
                                venue,
                                pattern.start(),
                                pattern.end(),
                                note,
                                pattern.termTimeOnly(),
                                pattern.cancelled()),
                        session);
            }
        }
    }

    /** Terms match our domains and tags by id or name; a tag brings its domain. Others are noted and left. */
    private void terms(Listing listing, JsonNode attributes, List<String> notes) {
        listing.getDomains().clear();
        listing.getTags().clear();
        for (JsonNode attribute : attributes) {
            JsonNode term = attribute.path("taxonomy_term");
            String id = Optional.ofNullable(text(term, "id")).orElse(text(attribute, "taxonomy_term_id"));
            String name = text(term, "name");
            Optional<Domain> domain = domains.listAll().stream()
                    .filter(d -> d.getId().toString().equals(id) || d.getName().equalsIgnoreCase(name))
                    .findFirst();
            Optional<Tag> tag = tags.listAll().stream()
                    .filter(t -> t.getId().toString().equals(id) || t.getName().equalsIgnoreCase(name))
                    .findFirst();
            if (domain.isPresent()) {
                listing.getDomains().add(domain.get());
            } else if (tag.isPresent()) {
                listing.getTags().add(tag.get());
                listing.getDomains().add(tag.get().getDomain());
            } else {
                notes.add("taxonomy term \"" + clip(Optional.ofNullable(name).orElse(String.valueOf(id)), 60)
                        + "\" matches none of our domains or tags");
            }
        }
        if (listing.getDomains().isEmpty()) {
            notes.add("no domain: a moderator should choose one");
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String clip(String text, int max) {
        return ListingRules.clip(text, max);
    }

    private static ImportJob.Entry skipped(String sourceId, String name, String reason) {
        return new ImportJob.Entry(sourceId, name, ImportJob.Outcome.SKIPPED, reason);
    }

    static String hash(String text) {
        return Hashing.sha256(text);
    }
}
