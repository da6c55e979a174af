package org.healthdirectory.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** One of the six self-management domains: the directory's top-level categories. */
@Entity
public class Domain {

    @Id
    private UUID id;

    @KeywordField(aggregable = Aggregable.YES)
    private String slug;

    @FullTextField(analyzer = "english", searchAnalyzer = "english_search")
    private String name;

    private String description;

    private int position;

    protected Domain() {
        // for JPA
    }

    public Domain(UUID id, String slug, String name, String description, int position) {
        this.id = id;
        this.slug = slug;
        update(name, description, position);
    }

    public void update(String name, String description, int position) {
        this.name = name;
        this.description = description;
        this.position = position;
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

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Domain other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Domain.class.hashCode();
    }
}
