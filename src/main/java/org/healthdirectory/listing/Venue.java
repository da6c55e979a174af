package org.healthdirectory.listing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Where a listing happens (Open Referral UK "location"): a place, online, or at the person's home. */
@Entity
@GeoPointBinding(fieldName = "location")
public class Venue {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id")
    private Listing listing;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private VenueMode mode;

    private String name;
    private String address;
    private String postcode;

    @Latitude
    private Double latitude;

    @Longitude
    private Double longitude;

    protected Venue() {
        // for JPA
    }

    public Venue(UUID id, VenueMode mode, String name, String address, String postcode) {
        this.id = id;
        this.mode = mode;
        this.name = name;
        this.address = address;
        this.postcode = postcode;
    }

    void attachTo(Listing listing) {
        this.listing = listing;
    }

    public void locate(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void unlocate() {
        this.latitude = null;
        this.longitude = null;
    }

    /** The provider changes how or where it happens. */
    public void change(VenueMode mode, String name, String address, String postcode) {
        this.mode = mode;
        this.name = name;
        this.address = address;
        this.postcode = postcode;
    }

    public boolean isLocated() {
        return latitude != null && longitude != null;
    }

    public UUID getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
    }

    public VenueMode getMode() {
        return mode;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Venue other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Venue.class.hashCode();
    }
}
