package org.healthdirectory.search;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.geo.Postcode;

/** Records searches that found nothing, for the unmet-need report to commissioners. */
@ApplicationScoped
public class ZeroResultSearches implements PanacheRepositoryBase<ZeroResultSearch, UUID> {

    private final Clock clock;

    ZeroResultSearches(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SearchQuery query) {
        SearchQuery.Filters f = query.filters();
        Map<String, Object> filters = new LinkedHashMap<>();
        if (f.freeOnly()) filters.put("free", true);
        if (!f.days().isEmpty()) filters.put("days", f.days());
        if (!f.times().isEmpty()) filters.put("times", f.times());
        if (f.age() != null) filters.put("age", f.age());
        if (!f.audiences().isEmpty()) filters.put("audiences", f.audiences());
        if (!f.accessibility().isEmpty()) filters.put("accessibility", f.accessibility());
        if (f.language() != null) filters.put("language", f.language());
        if (f.mode() != null) filters.put("mode", f.mode());
        if (f.takingNewPeople()) filters.put("takingNewPeople", true);
        String outcode = query.parsedPostcode().map(Postcode::outcode).orElse(null);
        persist(new ZeroResultSearch(
                UUID.randomUUID(),
                clock.instant(),
                query.text(),
                query.domain(),
                outcode,
                outcode == null ? null : query.radius(),
                filters));
    }
}
