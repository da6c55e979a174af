package org.healthdirectory.moderation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.registration.EditForm;
import org.healthdirectory.schedule.WhenWhere;

/**
 * What a revision would change, field by field, in words a moderator reads at a glance.
 * A new entry has nothing published yet, so every field shows as new.
 */
final class RevisionDiff {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("name", "Name");
        LABELS.put("summary", "Summary");
        LABELS.put("description", "What happens");
        LABELS.put("cost", "Cost");
        LABELS.put("contactPhone", "Phone");
        LABELS.put("contactEmail", "Email");
        LABELS.put("contactWebsite", "Website");
        LABELS.put("takingNewPeople", "Taking new people");
        LABELS.put("audiences", "Who it is for");
        LABELS.put("accessibility", "Accessibility");
        LABELS.put("languages", "Languages");
    }

    private RevisionDiff() {}

    static List<FieldChange> of(Revision revision, ContentCatalogue catalogue) {
        Listing listing = revision.getListing();
        return switch (revision.getKind()) {
            case NEW_LISTING -> newEntry(listing, catalogue);
            case EDIT -> edit(listing, revision.getProposed(), catalogue);
            case CLAIM ->
                List.of(
                        new FieldChange(
                                "Owner's email (private)",
                                listing.getOrganisation().getContactEmail(),
                                text(revision.getProposed().get("contactEmail")),
                                true),
                        new FieldChange(
                                "Their role", "", text(revision.getProposed().get("role")), true));
            case REMOVAL -> List.of(new FieldChange("Status", "Published", "Removed", true));
        };
    }

    private static List<FieldChange> newEntry(Listing listing, ContentCatalogue catalogue) {
        List<FieldChange> rows = new ArrayList<>();
        EditForm.fieldsOf(listing)
                .forEach((field, value) -> rows.add(
                        new FieldChange(LABELS.getOrDefault(field, field), "", show(field, value, catalogue), true)));
        rows.add(new FieldChange(
                "Domains",
                "",
                String.join(
                        ", ",
                        listing.getDomains().stream()
                                .map(d -> d.getName())
                                .sorted()
                                .toList()),
                true));
        rows.add(new FieldChange("When", "", WhenWhere.of(listing).whenText(), true));
        listing.getVenues()
                .forEach(venue -> rows.add(new FieldChange(
                        "Where",
                        "",
                        String.join(
                                ", ",
                                java.util.stream.Stream.of(venue.getName(), venue.getAddress(), venue.getPostcode())
                                        .filter(Objects::nonNull)
                                        .toList()),
                        true)));
        return rows;
    }

    private static List<FieldChange> edit(Listing listing, Map<String, Object> proposed, ContentCatalogue catalogue) {
        List<FieldChange> rows = new ArrayList<>();
        if (proposed.containsKey(WhenWhere.KEY)) {
            // A "When and where" change: only its two rows, so the moderator sees just what changes.
            WhenWhere published = WhenWhere.of(listing);
            WhenWhere after = WhenWhere.fromMap(proposed.get(WhenWhere.KEY));
            rows.add(new FieldChange(
                    "Where",
                    published.whereText(),
                    after.whereText(),
                    !published.whereText().equals(after.whereText())));
            rows.add(new FieldChange(
                    "When",
                    published.whenText(),
                    after.whenText(),
                    !published.whenText().equals(after.whenText())));
            return rows;
        }
        EditForm.fieldsOf(listing).forEach((field, published) -> {
            boolean changed =
                    proposed.containsKey(field) && !Objects.equals(normal(proposed.get(field)), normal(published));
            Object after = proposed.containsKey(field) ? proposed.get(field) : published;
            rows.add(new FieldChange(
                    LABELS.getOrDefault(field, field),
                    show(field, published, catalogue),
                    show(field, after, catalogue),
                    changed));
        });
        return rows;
    }

    /** JSON brings lists back as lists and booleans as booleans; compare them as text. */
    private static String normal(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String show(String field, Object value, ContentCatalogue catalogue) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return switch (field) {
            case "cost" -> Cost.valueOf(value.toString()).label;
            case "audiences" -> names(value, catalogue::audienceName);
            case "accessibility" -> names(value, catalogue::accessibilityName);
            case "languages" -> names(value, code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK));
            default -> value.toString();
        };
    }

    private static String names(Object value, Function<String, String> name) {
        return value instanceof Collection<?> list
                ? String.join(
                        ", ", list.stream().map(v -> name.apply(v.toString())).toList())
                : value.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
