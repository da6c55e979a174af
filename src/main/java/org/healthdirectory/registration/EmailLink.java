package org.healthdirectory.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;
import org.healthdirectory.listing.Listing;

/**
 * A one-time link sent by email. Only the hash of its secret is stored; it expires and works once
 * (used up by a conditional update in {@link EmailLinks#redeem}).
 */
@Entity
public class EmailLink {

    public enum Purpose {
        CONFIRM_REGISTRATION,
        SIGN_IN,
        CONFIRM_LISTING,
        EDIT_LISTING,
        CLAIM
    }

    @Id
    private UUID id;

    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "listing_id")
    private Listing listing;

    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    /** What the person told us with the request, e.g. their role in the group for a claim. */
    private String detail;

    protected EmailLink() {
        // for JPA
    }

    EmailLink(
            UUID id, String tokenHash, Purpose purpose, String email, Listing listing, Instant now, Instant expiresAt) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.email = email;
        this.listing = listing;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public UUID getId() {
        return id;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getEmail() {
        return email;
    }

    public Listing getListing() {
        return listing;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public String getDetail() {
        return detail;
    }

    void setDetail(String detail) {
        this.detail = detail;
    }
}
