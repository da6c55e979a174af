package org.healthdirectory.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A finer tag under a domain, e.g. "chair exercise" under physical activity. */
@Entity
public class Tag {

    @Id
    private UUID id;

    @KeywordField(aggregable = Aggregable.YES)
    private String slug;

    @FullTextField(analyzer = "english", searchAnalyzer = "english_search")
    @FullTextField(name = "name_plain", analyzer = "plain")
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    private Domain domain;

    protected Tag() {
        // for JPA
    }

    public Tag(UUID id, String slug, String name, Domain domain) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.domain = domain;
    }

    public void rename(String name) {
        this.name = name;
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

    /** The tag's own page, under its domain: /domains/physical-activity/walking-groups. */
    public String href() {
        return "/domains/" + domain.getSlug() + "/" + slug;
    }

    public Domain getDomain() {
        return domain;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Tag other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Tag.class.hashCode();
    }
}
