package org.healthdirectory.openreferral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImportJobs implements PanacheRepositoryBase<ImportJob, UUID> {

    public List<ImportJob> latest(int count) {
        return find("order by startedAt desc").page(0, count).list();
    }
}
