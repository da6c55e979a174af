package org.healthdirectory.taxonomy;

/** A link to a tag's page, for templates ("Walking groups" → /domains/physical-activity/walking-groups). */
public record TagLink(String name, String href) {

    public static TagLink from(Tag tag) {
        return new TagLink(tag.getName(), tag.href());
    }
}
