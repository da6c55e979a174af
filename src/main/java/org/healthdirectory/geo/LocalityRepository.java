package org.healthdirectory.geo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LocalityRepository implements PanacheRepositoryBase<Locality, UUID> {

    public Optional<Locality> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
