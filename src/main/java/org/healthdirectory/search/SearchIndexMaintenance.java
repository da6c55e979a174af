package org.healthdirectory.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletionStage;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.web.DirectoryConfig;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

/**
 * Rebuilds the search index from PostgreSQL (the source of truth): after a bulk import, a restore
 * or a mapping change. Runs in the background; start-up never waits for it.
 */
@ApplicationScoped
public class SearchIndexMaintenance {

    private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class);

    private final SearchMapping searchMapping;

    SearchIndexMaintenance(SearchMapping searchMapping) {
        this.searchMapping = searchMapping;
    }

    void onStart(@Observes StartupEvent event, DirectoryConfig config) {
        if (config.search().reindexOnStart()) {
            reindex();
        }
    }

    public CompletionStage<?> reindex() {
        long started = System.nanoTime();
        LOG.info("Rebuilding the search index from the database");
        return searchMapping
                .scope(Listing.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .start()
                .whenComplete((ignored, failure) -> {
                    if (failure == null) {
                        LOG.infof("Search index rebuilt in %d ms", (System.nanoTime() - started) / 1_000_000);
                    } else {
                        LOG.error("Rebuilding the search index failed", failure);
                    }
                });
    }
}
