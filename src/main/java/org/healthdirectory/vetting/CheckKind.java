package org.healthdirectory.vetting;

/** The things the lead provider checks about an organisation. */
public enum CheckKind {
    REGISTRATION(
            "Charity or company number",
            "Charity or company number checked",
            "The number is on the Charity Commission or Companies House register, under this name."),
    SAFEGUARDING(
            "Safeguarding policy",
            "Safeguarding policy checked",
            "They have a written safeguarding policy and a named lead."),
    DBS(
            "DBS checks",
            "DBS checks for volunteers checked",
            "Needed where staff or volunteers work with vulnerable adults."),
    INSURANCE(
            "Public liability insurance",
            "Public liability insurance checked",
            "A current certificate. Use the end date of the policy as the expiry date."),
    FOOD_HYGIENE(
            "Food hygiene",
            "Food hygiene checked",
            "Needed where food is served: a food hygiene rating or certificate.");

    /** Name in the console. */
    public final String label;
    /** What the public listing page says while the check is current. */
    public final String badge;
    /** What to look for, for staff. */
    public final String hint;

    CheckKind(String label, String badge, String hint) {
        this.label = label;
        this.badge = badge;
        this.hint = hint;
    }

    /** The kind in a URL, like "food-hygiene". */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<CheckKind> fromSlug(String slug) {
        return java.util.Arrays.stream(values())
                .filter(k -> k.slug().equals(slug))
                .findFirst();
    }
}
