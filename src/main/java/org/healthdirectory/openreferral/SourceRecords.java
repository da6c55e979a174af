package org.healthdirectory.openreferral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SourceRecords implements PanacheRepositoryBase<SourceRecord, UUID> {

    public Optional<SourceRecord> find(String source, SourceRecord.Type type, String sourceId) {
        return find("source = ?1 and recordType = ?2 and sourceId = ?3", source, type, sourceId)
                .firstResultOptional();
    }
}
