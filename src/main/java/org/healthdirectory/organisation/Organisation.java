package org.healthdirectory.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** A provider: a charity, community group, social enterprise, business or public body. */
@Entity
public class Organisation {

    @Id
    private UUID id;

    @FullTextField(analyzer = "english", searchAnalyzer = "english_search")
    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    private String charityNumber;
    private String companyNumber;
    private String website;

    /** Private: for the lead provider only, never shown to the public. */
    private String contactEmail;

    /** Trusted organisations' edits publish at once (still audited). */
    private boolean trusted;

    private Instant createdAt;
    private Instant updatedAt;

    @OneToMany(mappedBy = "organisation")
    private List<Listing> listings = new ArrayList<>();

    protected Organisation() {
        // for JPA
    }

    public Organisation(UUID id, String name, OrganisationType type, String contactEmail, Instant now) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.contactEmail = contactEmail;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void setRegistrationNumbers(String charityNumber, String companyNumber) {
        this.charityNumber = charityNumber;
        this.companyNumber = companyNumber;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public void setTrusted(boolean trusted) {
        this.trusted = trusted;
    }
    /** The private address that owns the organisation's entries (changes when a claim is approved). */
    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getCharityNumber() {
        return charityNumber;
    }

    public String getCompanyNumber() {
        return companyNumber;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isTrusted() {
        return trusted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Listing> getListings() {
        return listings;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Organisation other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
