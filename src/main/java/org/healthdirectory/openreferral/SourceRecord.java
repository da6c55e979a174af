package org.healthdirectory.openreferral;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Which local listing or organisation a record in an imported feed became (table open_referral_record). */
@Entity(name = "OpenReferralRecord")
@Table(name = "open_referral_record")
public class SourceRecord {

    public enum Type {
        SERVICE,
        ORGANIZATION
    }

    @Id
    private UUID id;

    private String source;

    @Enumerated(EnumType.STRING)
    private Type recordType;

    private String sourceId;
    private UUID localId;
    private String contentHash;
    private Instant importedAt;

    protected SourceRecord() {
        // for JPA
    }

    SourceRecord(String source, Type type, String sourceId, UUID localId, String contentHash, Instant now) {
        this.id = UUID.randomUUID();
        this.source = source;
        this.recordType = type;
        this.sourceId = sourceId;
        this.localId = localId;
        this.contentHash = contentHash;
        this.importedAt = now;
    }

    void imported(String contentHash, Instant now) {
        this.contentHash = contentHash;
        this.importedAt = now;
    }

    public String getSource() {
        return source;
    }

    public Type getRecordType() {
        return recordType;
    }

    public String getSourceId() {
        return sourceId;
    }

    public UUID getLocalId() {
        return localId;
    }

    public String getContentHash() {
        return contentHash;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SourceRecord other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return SourceRecord.class.hashCode();
    }
}
