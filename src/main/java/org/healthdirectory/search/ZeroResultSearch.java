package org.healthdirectory.search;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A search that found nothing: what was asked, where (outward code only) and when. Nothing personal. */
@Entity
@Immutable
public class ZeroResultSearch {

    @Id
    private UUID id;

    private Instant searchedAt;
    private String queryText;
    private String domain;
    private String outcode;
    private Integer radiusMiles;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> filters;

    protected ZeroResultSearch() {
        // for JPA
    }

    ZeroResultSearch(
            UUID id,
            Instant searchedAt,
            String queryText,
            String domain,
            String outcode,
            Integer radiusMiles,
            Map<String, Object> filters) {
        this.id = id;
        this.searchedAt = searchedAt;
        this.queryText = queryText;
        this.domain = domain;
        this.outcode = outcode;
        this.radiusMiles = radiusMiles;
        this.filters = filters;
    }

    public Instant getSearchedAt() {
        return searchedAt;
    }

    public String getQueryText() {
        return queryText;
    }

    public String getDomain() {
        return domain;
    }

    public String getOutcode() {
        return outcode;
    }

    public Integer getRadiusMiles() {
        return radiusMiles;
    }

    public Map<String, Object> getFilters() {
        return filters;
    }
}
