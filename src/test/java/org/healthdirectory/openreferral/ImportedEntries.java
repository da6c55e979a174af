package org.healthdirectory.openreferral;

import java.util.List;
import org.healthdirectory.listing.ListingRepository;

/** Removes what an import made from one source, so it does not stay in the shared test database. */
final class ImportedEntries {

    private ImportedEntries() {}

    /** Call inside a transaction: the listings (and their waiting revisions) first, then their organisations, then the source records. */
    static void remove(String source, SourceRecords records, ListingRepository listings) {
        List<SourceRecord> made = records.list("source", source);
        made.stream()
                .filter(r -> r.getRecordType() == SourceRecord.Type.SERVICE)
                .forEach(r -> {
                    // An imported entry waits in the moderation queue: its revision goes first.
                    listings.getEntityManager()
                            .createQuery("delete from Revision r where r.listing.id = :id")
                            .setParameter("id", r.getLocalId())
                            .executeUpdate();
                    listings.deleteById(r.getLocalId());
                });
        listings.flush();
        made.stream()
                .filter(r -> r.getRecordType() == SourceRecord.Type.ORGANIZATION)
                .forEach(r -> listings.getEntityManager()
                        .createQuery("delete from Organisation o where o.id = :id")
                        .setParameter("id", r.getLocalId())
                        .executeUpdate());
        records.delete("source", source);
    }
}
