package org.healthdirectory.organisation;

public enum OrganisationType {
    CHARITY("Charity"),
    COMMUNITY_GROUP("Community group"),
    SOCIAL_ENTERPRISE("Social enterprise"),
    BUSINESS("Business"),
    PUBLIC_SECTOR("Public sector");

    public final String label;

    OrganisationType(String label) {
        this.label = label;
    }
}
