package org.healthdirectory.moderation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.EditableField;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingDetails;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.organisation.OrganisationDetails;
import org.healthdirectory.taxonomy.Domain;

/**
 * What a revision would change, in words a moderator reads at a glance. A new entry shows everything
 * that would go live, including when and where it happens; an edit shows only the rows it changes.
 */
final class RevisionDiff {

    /** Shown for a detail the provider has not given. */
    static final String NOT_GIVEN = "Not given";

    private RevisionDiff() {}

    static List<FieldChange> of(Revision revision, ContentCatalogue catalogue) {
        Listing listing = revision.getListing();
        return switch (revision.getKind()) {
            case NEW_LISTING -> newEntry(listing, revision.getChangedFields(), catalogue);
            case EDIT -> edit(listing, revision, catalogue);
            case WHEN_WHERE -> whenWhere(listing, revision.getWhenWhere());
            case CLAIM ->
                List.of(
                        new FieldChange(
                                "Owner's email (private)",
                                Objects.requireNonNullElse(
                                        listing.getOrganisation().getContactEmail(), NOT_GIVEN),
                                revision.getClaimEmail(),
                                true),
                        new FieldChange(
                                "Their role",
                                "",
                                Objects.requireNonNullElse(revision.getClaimRole(), NOT_GIVEN),
                                true));
            case REMOVAL -> List.of(new FieldChange("Status", "Published", "Removed", true));
            case ORGANISATION -> organisation(revision);
        };
    }

    /** Everything that would go live; rows the provider changed since the moderators last saw it are marked. */
    private static List<FieldChange> newEntry(Listing listing, Set<EditableField> changed, ContentCatalogue catalogue) {
        ListingDetails details = ListingDetails.of(listing);
        List<FieldChange> rows = new ArrayList<>();
        rows.add(new FieldChange(
                "Type of activity",
                "",
                orNotGiven(String.join(
                        ", ",
                        listing.getDomains().stream()
                                .map(Domain::getName)
                                .sorted()
                                .toList())),
                false));
        WhenWhere whenWhere = WhenWhere.of(listing);
        rows.add(new FieldChange("When", "", orNotGiven(whenWhere.whenText()), false));
        rows.add(new FieldChange("Where", "", orNotGiven(whenWhere.whereText()), false));
        for (EditableField field : EditableField.values()) {
            rows.add(new FieldChange(field.label, "", show(field, details, catalogue), changed.contains(field)));
        }
        return rows;
    }

    /** Only the fields the edit changes, and only where the words differ from what is live now. */
    private static List<FieldChange> edit(Listing listing, Revision revision, ContentCatalogue catalogue) {
        ListingDetails published = ListingDetails.of(listing);
        ListingDetails proposed = revision.getProposed();
        List<FieldChange> rows = new ArrayList<>();
        for (EditableField field : revision.getChangedFields()) {
            String before = show(field, published, catalogue);
            String after = show(field, proposed, catalogue);
            if (!before.equals(after)) {
                rows.add(new FieldChange(field.label, before, after, true));
            }
        }
        return rows;
    }

    /** Only the Where and When rows, each marked if its words change. */
    private static List<FieldChange> whenWhere(Listing listing, WhenWhere proposed) {
        WhenWhere published = WhenWhere.of(listing);
        String whereBefore = orNotGiven(published.whereText());
        String whereAfter = orNotGiven(proposed.whereText());
        String whenBefore = orNotGiven(published.whenText());
        String whenAfter = orNotGiven(proposed.whenText());
        return List.of(
                new FieldChange("Where", whereBefore, whereAfter, !whereBefore.equals(whereAfter)),
                new FieldChange("When", whenBefore, whenAfter, !whenBefore.equals(whenAfter)));
    }

    /** The organisation's details that would change. */
    private static List<FieldChange> organisation(Revision revision) {
        Map<String, String> now =
                OrganisationDetails.of(revision.getOrganisation()).byLabel();
        List<FieldChange> rows = new ArrayList<>();
        revision.getOrganisationDetails().byLabel().forEach((label, proposed) -> {
            if (!Objects.equals(now.get(label), proposed)) {
                rows.add(new FieldChange(label, orNotGiven(now.get(label)), orNotGiven(proposed), true));
            }
        });
        return rows;
    }

    private static String show(EditableField field, ListingDetails details, ContentCatalogue catalogue) {
        Object value = details.valueOf(field);
        String text = switch (field) {
            case COST -> value == null ? null : ((Cost) value).label;
            case HOW_TO_JOIN -> value == null ? null : ((HowToJoin) value).label;
            case AGES -> ages(details.minAge(), details.maxAge());
            case TAKING_NEW_PEOPLE -> value == null ? null : Boolean.TRUE.equals(value) ? "Yes" : "No";
            case AUDIENCES -> names(value, catalogue::audienceName);
            case ACCESSIBILITY -> names(value, catalogue::accessibilityName);
            case LANGUAGES -> names(value, code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK));
            default -> value == null ? null : value.toString();
        };
        return orNotGiven(text);
    }

    private static String ages(Integer min, Integer max) {
        if (min == null && max == null) {
            return null;
        }
        return (min == null ? "Any" : min.toString()) + " to " + (max == null ? "any age" : max.toString());
    }

    private static String names(Object value, Function<String, String> name) {
        return value instanceof Collection<?> list
                ? String.join(
                        ", ", list.stream().map(v -> name.apply(v.toString())).toList())
                : null;
    }

    private static String orNotGiven(String text) {
        return text == null || text.isBlank() ? NOT_GIVEN : text;
    }
}
