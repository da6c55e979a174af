package org.healthdirectory.listing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.geo.Locality;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.taxonomy.Domain;
import org.healthdirectory.taxonomy.Tag;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/**
 * One activity or service an organisation offers (Open Referral UK "service").
 * The aggregate root: venues and sessions belong to it, and only it is indexed for search.
 */
@Entity
@Indexed(index = "listing", routingBinder = @RoutingBinderRef(type = PublishedListingsOnly.class))
public class Listing {

    /** The directory's own words for where something happens (English, as the API gives them). */
    public static final String WHERE_ONLINE = "Online";

    public static final String WHERE_AT_HOME = "At your home or by phone";
    public static final String WHERE_NOT_GIVEN = "Contact them for details";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    @IndexedEmbedded(includePaths = {"name"})
    private Organisation organisation;

    // "plain" copies keep whole words, so typos are matched against "walking", not the stem "walk".
    @FullTextField(analyzer = "english", searchAnalyzer = "english_search")
    @FullTextField(name = "name_plain", analyzer = "plain")
    @KeywordField(name = "name_sort", normalizer = "sort", sortable = Sortable.YES)
    private String name;

    @FullTextField(analyzer = "english", searchAnalyzer = "english_search")
    @FullTextField(name = "summary_plain", analyzer = "plain")
    private String summary;

    @FullTextField(analyzer = "english", searchAnalyzer = "english_search")
    @FullTextField(name = "description_plain", analyzer = "plain")
    private String description;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ListingStatus status = ListingStatus.DRAFT;

    /** Null when the provider has not said: never shown as "Free" unless they said so. */
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Cost cost;

    private String costDetail;

    /** Null when the provider has not said: the page then says "Ask the group", never a guess. */
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private HowToJoin howToJoin;

    private String howToJoinDetail;

    @GenericField
    private Integer minAge;

    @GenericField
    private Integer maxAge;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> audiences = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> accessibility = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> languages = new ArrayList<>();

    // Projected straight from the index onto search results, so a search needs no database round trip.
    @KeywordField(name = "phone", searchable = Searchable.NO, projectable = Projectable.YES)
    private String contactPhone;

    private String contactEmail;
    private String contactWebsite;

    /** A public iCalendar address the provider gave: its sessions are read in on a schedule (CalendarImport). */
    @Column(name = "calendar_url")
    private String calendarUrl;

    @GenericField
    private boolean takingNewPeople = true;

    // For health professionals only (shown when signed in with the professional role).
    private String referralDetails;
    private String professionalContact;
    private String capacityNote;

    private Instant createdAt;
    private Instant updatedAt;

    @GenericField(sortable = Sortable.YES)
    private Instant lastConfirmedAt;

    private Instant publishedAt;

    /** Set when a moderator suspends the entry: then only a moderator can put it back. */
    private String suspendedBy;

    private String suspensionReason;

    /** Set only while the listing is paused for a reason other than the provider's choice. */
    @Enumerated(EnumType.STRING)
    private PausedReason pausedReason;

    @Version
    private long version;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "listing_domain",
            joinColumns = @JoinColumn(name = "listing_id"),
            inverseJoinColumns = @JoinColumn(name = "domain_id"))
    @IndexedEmbedded(includePaths = {"slug", "name"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Domain> domains = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "listing_tag",
            joinColumns = @JoinColumn(name = "listing_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @IndexedEmbedded(includePaths = {"slug", "name", "name_plain"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Tag> tags = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "listing_locality",
            joinColumns = @JoinColumn(name = "listing_id"),
            inverseJoinColumns = @JoinColumn(name = "locality_id"))
    @IndexedEmbedded(includePaths = {"slug"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Locality> localities = new LinkedHashSet<>();

    @OneToMany(mappedBy = "listing", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    @IndexedEmbedded(includePaths = {"location", "mode"})
    private List<Venue> venues = new ArrayList<>();

    @OneToMany(mappedBy = "listing", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startTime")
    @IndexedEmbedded(includePaths = {"days", "timesOfDay"})
    @PropertyBinding(binder = @PropertyBinderRef(type = UpcomingSessionsBinder.class))
    private List<Session> sessions = new ArrayList<>();

    protected Listing() {
        // for JPA
    }

    public Listing(UUID id, Organisation organisation, String name, String summary, String description, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.organisation = Objects.requireNonNull(organisation);
        this.name = name;
        this.summary = summary;
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastConfirmedAt = now;
    }

    /** A moderator takes the entry off the site until a moderator reinstates it. */
    public void suspend(String moderator, String reason, Instant now) {
        moveTo(ListingStatus.PAUSED, now);
        this.suspendedBy = moderator;
        this.suspensionReason = reason;
    }

    public void reinstate(Instant now) {
        if (!isSuspended()) {
            throw new IllegalStatusChangeException(status, ListingStatus.PUBLISHED);
        }
        moveTo(ListingStatus.PUBLISHED, now);
        this.suspendedBy = null;
        this.suspensionReason = null;
    }

    public boolean isSuspended() {
        return status == ListingStatus.PAUSED && suspendedBy != null;
    }

    public String getSuspendedBy() {
        return suspendedBy;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    /** Moves the listing along its lifecycle; refuses moves the lifecycle does not allow. */
    public void moveTo(ListingStatus next, Instant now) {
        if (next == status) {
            return;
        }
        if (!status.canMoveTo(next)) {
            throw new IllegalStatusChangeException(status, next);
        }
        status = next;
        updatedAt = now;
        pausedReason = null;
        if (next == ListingStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
    }

    /** The provider says the entry is still correct. */
    public void confirm(Instant now) {
        lastConfirmedAt = now;
        updatedAt = now;
    }

    /** Hidden because nobody confirmed it for too long: out of search, into the moderators' queue. */
    public void pauseAsOutOfDate(Instant now) {
        moveTo(ListingStatus.PAUSED, now);
        pausedReason = PausedReason.OUT_OF_DATE;
    }

    /** Shows a listing hidden as out of date again; false (and no change) for any other listing. */
    public boolean republishIfOutOfDate(Instant now) {
        if (status != ListingStatus.PAUSED || pausedReason != PausedReason.OUT_OF_DATE) {
            return false;
        }
        moveTo(ListingStatus.PUBLISHED, now);
        return true;
    }

    public void addVenue(Venue venue) {
        venue.attachTo(this);
        venues.add(venue);
    }

    public void addSession(Session session) {
        session.attachTo(this);
        sessions.add(session);
    }

    public boolean isPublished() {
        return status == ListingStatus.PUBLISHED;
    }

    public UUID getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public Cost getCost() {
        return cost;
    }

    public void setCost(Cost cost) {
        this.cost = cost;
    }

    public String getCostDetail() {
        return costDetail;
    }

    public void setCostDetail(String costDetail) {
        this.costDetail = costDetail;
    }

    public HowToJoin getHowToJoin() {
        return howToJoin;
    }

    public void setHowToJoin(HowToJoin howToJoin) {
        this.howToJoin = howToJoin;
    }

    public String getHowToJoinDetail() {
        return howToJoinDetail;
    }

    public void setHowToJoinDetail(String howToJoinDetail) {
        this.howToJoinDetail = howToJoinDetail;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setAgeRange(Integer minAge, Integer maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = new ArrayList<>(audiences);
    }

    public List<String> getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(List<String> accessibility) {
        this.accessibility = new ArrayList<>(accessibility);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = new ArrayList<>(languages);
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactWebsite() {
        return contactWebsite;
    }

    public void setContact(String phone, String email, String website) {
        this.contactPhone = phone;
        this.contactEmail = email;
        this.contactWebsite = website;
    }

    public boolean isTakingNewPeople() {
        return takingNewPeople;
    }

    public void setTakingNewPeople(boolean takingNewPeople) {
        this.takingNewPeople = takingNewPeople;
    }

    public String getReferralDetails() {
        return referralDetails;
    }

    public String getProfessionalContact() {
        return professionalContact;
    }

    public String getCapacityNote() {
        return capacityNote;
    }

    public void setProfessionalDetails(String referralDetails, String professionalContact, String capacityNote) {
        this.referralDetails = referralDetails;
        this.professionalContact = professionalContact;
        this.capacityNote = capacityNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getLastConfirmedAt() {
        return lastConfirmedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public PausedReason getPausedReason() {
        return pausedReason;
    }

    public Set<Domain> getDomains() {
        return domains;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public Set<Locality> getLocalities() {
        return localities;
    }

    public List<Venue> getVenues() {
        return venues;
    }

    /** Where it happens, in one line for search results: "Moston Paws, M40 9NB", "Online". */
    @KeywordField(name = "where", searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "venues"), @PropertyValue(propertyName = "mode")}),
                @ObjectPath({@PropertyValue(propertyName = "venues"), @PropertyValue(propertyName = "name")}),
                @ObjectPath({@PropertyValue(propertyName = "venues"), @PropertyValue(propertyName = "postcode")})
            })
    public String getWhereText() {
        return venues.stream()
                .findFirst()
                .map(v -> switch (v.getMode()) {
                    case ONLINE -> WHERE_ONLINE;
                    case AT_HOME -> WHERE_AT_HOME;
                    case IN_PERSON -> v.getName() == null ? v.getPostcode() : v.getName() + ", " + v.getPostcode();
                })
                .orElse(WHERE_NOT_GIVEN);
    }

    public List<Session> getSessions() {
        return sessions;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Listing other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Listing.class.hashCode();
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }

    public void setCalendarUrl(String calendarUrl) {
        this.calendarUrl = calendarUrl;
    }
}
