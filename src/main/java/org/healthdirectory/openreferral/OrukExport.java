package org.healthdirectory.openreferral;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every published service with all its details, read in chunks (one short transaction each), so an
 * export of the whole directory never holds thousands of entities or one long transaction.
 */
@ApplicationScoped
public class OrukExport {

    static final int CHUNK = 100;

    private final OrukQueries queries;
    private final OrukMapper mapper;
    private final OrukTaxonomy taxonomy;

    OrukExport(OrukQueries queries, OrukMapper mapper, OrukTaxonomy taxonomy) {
        this.queries = queries;
        this.mapper = mapper;
        this.taxonomy = taxonomy;
    }

    public void eachService(Consumer<Oruk.Service> sink) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(queries::publishedIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            QuarkusTransaction.requiringNew()
                    .call(() -> queries.fullListings(chunk).stream()
                            .map(mapper::service)
                            .toList())
                    .forEach(sink);
        }
    }

    public Oruk.Taxonomy taxonomy() {
        return QuarkusTransaction.requiringNew().call(() -> taxonomy.taxonomy(true));
    }
}
