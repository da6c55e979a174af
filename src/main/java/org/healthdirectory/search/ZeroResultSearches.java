package org.healthdirectory.search;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.RateLimiter;

/**
 * Records searches that found nothing, for the unmet-need report to commissioners: only with a known
 * domain (anything else in the address is not a category), and within an hourly limit per IP address
 * so nobody can fill the report with junk. The IP address is used for the limit only, never stored.
 */
@ApplicationScoped
public class ZeroResultSearches implements PanacheRepositoryBase<ZeroResultSearch, UUID> {

    private final DomainRepository domains;
    private final RateLimiter limiter;
    private final CurrentVertxRequest request;
    private final DirectoryConfig config;
    private final Clock clock;

    ZeroResultSearches(
            DomainRepository domains,
            RateLimiter limiter,
            CurrentVertxRequest request,
            DirectoryConfig config,
            Clock clock) {
        this.domains = domains;
        this.limiter = limiter;
        this.request = request;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SearchQuery query) {
        if (query.domain() != null && domains.findBySlug(query.domain()).isEmpty()) {
            return;
        }
        if (!limiter.allow(RateLimiter.Budget.ip(
                "zero-result-ip", clientIp(), config.limits().zeroResultsPerIpPerHour()))) {
            return;
        }
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

    private String clientIp() {
        RoutingContext current = request.getCurrent();
        return current == null || current.request().remoteAddress() == null
                ? null
                : current.request().remoteAddress().hostAddress();
    }
}
