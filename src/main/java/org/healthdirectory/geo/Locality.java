package org.healthdirectory.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

/** An area with its lead provider; listings belong to one or more localities. */
@Entity
public class Locality {

    @Id
    private UUID id;

    @KeywordField(aggregable = Aggregable.YES)
    private String slug;

    private String name;

    private String leadProvider;

    /** The outward codes (e.g. M11) that make up the area. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> outcodes = new ArrayList<>();

    protected Locality() {
        // for JPA
    }

    public Locality(UUID id, String slug, String name, String leadProvider, List<String> outcodes) {
        this.id = id;
        this.slug = slug;
        update(name, leadProvider, outcodes);
    }

    public void update(String name, String leadProvider, List<String> outcodes) {
        this.name = name;
        this.leadProvider = leadProvider;
        this.outcodes = new ArrayList<>(outcodes);
    }

    public boolean covers(String outcode) {
        return outcode != null && outcodes.contains(outcode.toUpperCase());
    }

    public UUID getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getLeadProvider() {
        return leadProvider;
    }

    public List<String> getOutcodes() {
        return outcodes;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Locality other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Locality.class.hashCode();
    }
}
