package org.healthdirectory.listing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The details of a listing a provider can change, as one typed value: what an edit form proposes,
 * what a revision keeps until a moderator decides, and what is laid over the listing on approval.
 * Null means "not said" (how to join, ages); lists are never null and kept sorted, so two values
 * compare equal when they say the same thing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListingDetails(
        String name,
        String summary,
        String description,
        Cost cost,
        HowToJoin howToJoin,
        Integer minAge,
        Integer maxAge,
        String contactPhone,
        String contactEmail,
        String contactWebsite,
        Boolean takingNewPeople,
        List<String> audiences,
        List<String> accessibility,
        List<String> languages) {

    public ListingDetails {
        audiences = sorted(audiences);
        accessibility = sorted(accessibility);
        languages = sorted(languages);
    }

    public static ListingDetails of(Listing listing) {
        return new ListingDetails(
                listing.getName(),
                listing.getSummary(),
                listing.getDescription(),
                listing.getCost(),
                listing.getHowToJoin(),
                listing.getMinAge(),
                listing.getMaxAge(),
                listing.getContactPhone(),
                listing.getContactEmail(),
                listing.getContactWebsite(),
                listing.isTakingNewPeople(),
                listing.getAudiences(),
                listing.getAccessibility(),
                listing.getLanguages());
    }

    /** The fields where this value says something different from the other. */
    public Set<EditableField> changedFrom(ListingDetails other) {
        Set<EditableField> changed = EnumSet.noneOf(EditableField.class);
        for (EditableField field : EditableField.values()) {
            if (!Objects.equals(valueOf(field), other.valueOf(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** This value with the given fields taken from the proposed one. */
    public ListingDetails with(ListingDetails proposed, Set<EditableField> fields) {
        return new ListingDetails(
                pick(fields, EditableField.NAME, proposed.name, name),
                pick(fields, EditableField.SUMMARY, proposed.summary, summary),
                pick(fields, EditableField.DESCRIPTION, proposed.description, description),
                pick(fields, EditableField.COST, proposed.cost, cost),
                pick(fields, EditableField.HOW_TO_JOIN, proposed.howToJoin, howToJoin),
                pick(fields, EditableField.AGES, proposed.minAge, minAge),
                pick(fields, EditableField.AGES, proposed.maxAge, maxAge),
                pick(fields, EditableField.CONTACT_PHONE, proposed.contactPhone, contactPhone),
                pick(fields, EditableField.CONTACT_EMAIL, proposed.contactEmail, contactEmail),
                pick(fields, EditableField.CONTACT_WEBSITE, proposed.contactWebsite, contactWebsite),
                pick(fields, EditableField.TAKING_NEW_PEOPLE, proposed.takingNewPeople, takingNewPeople),
                pick(fields, EditableField.AUDIENCES, proposed.audiences, audiences),
                pick(fields, EditableField.ACCESSIBILITY, proposed.accessibility, accessibility),
                pick(fields, EditableField.LANGUAGES, proposed.languages, languages));
    }

    public void applyTo(Listing listing) {
        listing.setName(name);
        listing.setSummary(summary);
        listing.setDescription(description);
        listing.setCost(cost);
        listing.setHowToJoin(howToJoin);
        listing.setAgeRange(minAge, maxAge);
        listing.setContact(contactPhone, contactEmail, contactWebsite);
        listing.setTakingNewPeople(!Boolean.FALSE.equals(takingNewPeople));
        listing.setAudiences(audiences);
        listing.setAccessibility(accessibility);
        listing.setLanguages(languages);
    }

    /** One field's value, as stored: ages as a two-item list (either may be null). */
    public Object valueOf(EditableField field) {
        return switch (field) {
            case NAME -> name;
            case SUMMARY -> summary;
            case DESCRIPTION -> description;
            case COST -> cost;
            case HOW_TO_JOIN -> howToJoin;
            case AGES -> java.util.Arrays.asList(minAge, maxAge);
            case CONTACT_PHONE -> contactPhone;
            case CONTACT_EMAIL -> contactEmail;
            case CONTACT_WEBSITE -> contactWebsite;
            case TAKING_NEW_PEOPLE -> takingNewPeople;
            case AUDIENCES -> audiences;
            case ACCESSIBILITY -> accessibility;
            case LANGUAGES -> languages;
        };
    }

    /** The given fields by name, for the audit log. */
    public Map<String, Object> asMap(Set<EditableField> fields) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (EditableField field : EditableField.values()) {
            if (fields.contains(field)) {
                Object value = valueOf(field);
                map.put(field.name().toLowerCase(java.util.Locale.ROOT), value instanceof Enum<?> e ? e.name() : value);
            }
        }
        return map;
    }

    private static <T> T pick(Set<EditableField> fields, EditableField field, T proposed, T current) {
        return fields.contains(field) ? proposed : current;
    }

    private static List<String> sorted(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .distinct()
                        .sorted()
                        .toList();
    }
}
