package org.healthdirectory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.taxonomy.Domain;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.taxonomy.Tag;
import org.healthdirectory.taxonomy.TagRepository;

/**
 * Our six domains and their tags, published as one ORUK taxonomy. Term ids are the domains' and
 * tags' own ids, which are already derived from their slugs, so they are the same in every database.
 */
@ApplicationScoped
public class OrukTaxonomy {

    static final UUID TAXONOMY_ID =
            UUID.nameUUIDFromBytes("taxonomy:self-management-domains".getBytes(StandardCharsets.UTF_8));
    static final String NAME = "Self-management domains";
    private static final String DESCRIPTION =
            "The six kinds of self-management activity this directory " + "lists, and the finer tags under each.";

    private final DomainRepository domains;
    private final TagRepository tags;

    OrukTaxonomy(DomainRepository domains, TagRepository tags) {
        this.domains = domains;
        this.tags = tags;
    }

    /** Every term: the domains in their order, then the tags by name. Needs a transaction. */
    public List<Oruk.TaxonomyTerm> terms() {
        List<Oruk.TaxonomyTerm> terms = new ArrayList<>();
        domains.listInOrder().forEach(d -> terms.add(term(d)));
        tags.list("select t from Tag t join fetch t.domain order by t.name").forEach(t -> terms.add(term(t)));
        return terms;
    }

    public Oruk.Taxonomy taxonomy(boolean withTerms) {
        return new Oruk.Taxonomy(TAXONOMY_ID, NAME, DESCRIPTION, "1", withTerms ? terms() : null);
    }

    public Optional<Oruk.TaxonomyTerm> term(UUID id) {
        return terms().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static Oruk.TaxonomyTerm term(Domain domain) {
        return new Oruk.TaxonomyTerm(
                domain.getId(), domain.getName(), domain.getDescription(), null, NAME, TAXONOMY_ID, domain.getSlug());
    }

    static Oruk.TaxonomyTerm term(Tag tag) {
        Domain domain = tag.getDomain();
        return new Oruk.TaxonomyTerm(
                tag.getId(),
                tag.getName(),
                tag.getName() + ", part of " + domain.getName() + ".",
                domain.getId(),
                NAME,
                TAXONOMY_ID,
                tag.getSlug());
    }
}
