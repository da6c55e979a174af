package org.healthdirectory.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.web.FieldError;
import org.jboss.resteasy.reactive.RestForm;

/** The fields a provider can change themselves. Field names are also the keys of a revision's diff. */
public class EditForm {

    @RestForm
    @NotBlank(message = "Enter the name of the activity")
    @Size(max = 200, message = "The name of the activity must be 200 characters or fewer")
    public String name;

    @RestForm
    @NotBlank(message = "Enter a one-sentence summary")
    @Size(max = 300, message = "The summary must be 300 characters or fewer")
    public String summary;

    @RestForm
    @NotBlank(message = "Say what happens, in a few sentences")
    @Size(max = 2000, message = "What happens must be 2,000 characters or fewer")
    public String description;

    @RestForm
    @Pattern(regexp = "FREE|LOW_COST|PAID", message = "Choose free, low cost or paid")
    public String cost = "FREE";

    @RestForm
    @Pattern(regexp = "|\\+?[0-9 ()-]{10,20}", message = "Enter a phone number, like 0161 496 0000")
    public String phone;

    @RestForm
    @Size(max = 320, message = "Public email address must be 320 characters or fewer")
    @Email(
            regexp = "|" + RegistrationForm.EMAIL,
            message = "Enter a public email address in the correct format, like name@example.com")
    public String publicEmail;

    @RestForm
    @Size(max = 500, message = "Website address must be 500 characters or fewer")
    @Pattern(regexp = "|https?://[^\\s<>\"]+\\.[^\\s<>\"]+", message = "Enter a website address starting with https://")
    public String website;

    @RestForm
    @Pattern(regexp = "|yes", message = "Say whether you are taking new people")
    public String takingNewPeople;

    /** Who it is for, accessibility and languages: slugs and codes checked against content/ by the page. */
    @RestForm
    public List<String> audiences = List.of();

    @RestForm
    public List<String> accessibility = List.of();

    @RestForm
    public List<String> languages = List.of();

    static EditForm from(Listing listing) {
        EditForm form = new EditForm();
        form.name = listing.getName();
        form.summary = listing.getSummary();
        form.description = listing.getDescription();
        form.cost = listing.getCost().name();
        form.phone = listing.getContactPhone();
        form.publicEmail = listing.getContactEmail();
        form.website = listing.getContactWebsite();
        form.takingNewPeople = listing.isTakingNewPeople() ? "yes" : "";
        form.audiences = List.copyOf(listing.getAudiences());
        form.accessibility = List.copyOf(listing.getAccessibility());
        form.languages = List.copyOf(listing.getLanguages());
        return form;
    }

    /** The form as field → value, blanks as null, for comparing and for the revision's diff. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", clean(name));
        fields.put("summary", clean(summary));
        fields.put("description", clean(description));
        fields.put("cost", clean(cost) == null ? "FREE" : cost);
        fields.put("contactPhone", clean(phone));
        fields.put("contactEmail", clean(publicEmail));
        fields.put("contactWebsite", clean(website));
        fields.put("takingNewPeople", "yes".equals(takingNewPeople));
        fields.put("audiences", sorted(audiences));
        fields.put("accessibility", sorted(accessibility));
        fields.put("languages", languages == null || languages.isEmpty() ? List.of("en") : sorted(languages));
        return fields;
    }

    void applyTo(Listing listing) {
        applyFields(listing, fields());
    }

    /** Applies a moderator-approved edit: the listing's fields with the proposed ones laid over them. */
    public static void applyProposed(Listing listing, Map<String, Object> proposed) {
        Map<String, Object> merged = fieldsOf(listing);
        merged.putAll(proposed);
        applyFields(listing, merged);
    }

    /** The listing's editable fields, by the names used in revisions. */
    public static Map<String, Object> fieldsOf(Listing listing) {
        return from(listing).fields();
    }

    private static void applyFields(Listing listing, Map<String, Object> f) {
        listing.setName((String) f.get("name"));
        listing.setSummary((String) f.get("summary"));
        listing.setDescription((String) f.get("description"));
        listing.setCost(ManageEntries.cost((String) f.get("cost")));
        listing.setContact(
                (String) f.get("contactPhone"), (String) f.get("contactEmail"), (String) f.get("contactWebsite"));
        listing.setTakingNewPeople((Boolean) f.get("takingNewPeople"));
        listing.setAudiences(castList(f.get("audiences")));
        listing.setAccessibility(castList(f.get("accessibility")));
        listing.setLanguages(castList(f.get("languages")));
    }

    /** Problems with the choices that Bean Validation cannot see: values must come from the lists. */
    List<FieldError> checkChoices(ContentCatalogue catalogue) {
        List<FieldError> errors = new ArrayList<>();
        if (!audiences.stream().allMatch(catalogue::isAudience)) {
            errors.add(new FieldError("audiences", "Choose who it is for from the list"));
        }
        if (!accessibility.stream().allMatch(catalogue::isAccessibilityFeature)) {
            errors.add(new FieldError("accessibility", "Choose accessibility features from the list"));
        }
        if (!languages.stream().allMatch(code -> code.matches("[a-z]{2,3}"))) {
            errors.add(new FieldError("languages", "Choose languages from the list"));
        }
        return errors;
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

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
