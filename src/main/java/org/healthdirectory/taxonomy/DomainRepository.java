package org.healthdirectory.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DomainRepository implements PanacheRepositoryBase<Domain, UUID> {

    public List<Domain> listInOrder() {
        return list("order by position");
    }

    public Optional<Domain> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
