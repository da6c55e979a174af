package org.healthdirectory.vetting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.organisation.Organisation;

/** A vetting record: what was checked about an organisation, by whom, when, and until when. */
@Entity
@Table(name = "organisation_check")
public class Check {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private CheckKind kind;

    @Enumerated(EnumType.STRING)
    private CheckStatus status = CheckStatus.NOT_CHECKED;

    /** The staff username of whoever made the check. */
    private String checkedBy;

    private LocalDate checkedOn;
    private LocalDate expiresOn;
    private String note;
    private Instant updatedAt;

    @Version
    private long version;

    protected Check() {
        // for JPA
    }

    public Check(UUID id, Organisation organisation, CheckKind kind) {
        this.id = id;
        this.organisation = organisation;
        this.kind = kind;
    }

    public void record(
            CheckStatus status, String checkedBy, LocalDate checkedOn, LocalDate expiresOn, String note, Instant now) {
        this.status = status;
        this.checkedBy = checkedBy;
        this.checkedOn = checkedOn;
        this.expiresOn = expiresOn;
        this.note = note;
        this.updatedAt = now;
    }

    /** Passed and not expired on this day: the public page shows it. */
    public boolean isCurrent(LocalDate today) {
        return status == CheckStatus.PASSED && (expiresOn == null || !expiresOn.isBefore(today));
    }

    /** The values the audit log keeps before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("status", status.name());
        state.put("checkedBy", checkedBy);
        state.put("checkedOn", checkedOn == null ? null : checkedOn.toString());
        state.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        state.put("note", note);
        return state;
    }

    public UUID getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public CheckKind getKind() {
        return kind;
    }

    public CheckStatus getStatus() {
        return status;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Check other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Check.class.hashCode();
    }
}
