package org.healthdirectory.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The Open Referral UK 3.0 objects the API returns (names as in the standard's JSON Schemas).
 * Empty values are left out rather than sent as null, as the schemas allow no nulls.
 */
public final class Oruk {

    private Oruk() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ApiDetails(String version, String profile, String openapiUrl) {}

    /** One page of a list, with the paging fields every ORUK list has. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Page<T>(
            long totalItems,
            int totalPages,
            int pageNumber,
            int size,
            boolean firstPage,
            boolean lastPage,
            boolean empty,
            List<T> contents) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Service(
            UUID id,
            UUID organizationId,
            String name,
            String description,
            String url,
            String email,
            String status,
            String applicationProcess,
            String feesDescription,
            Integer minimumAge,
            Integer maximumAge,
            String lastModified,
            Organization organization,
            List<Schedule> schedules,
            List<ServiceAtLocation> serviceAtLocations,
            List<Language> languages,
            List<CostOption> costOptions,
            List<Contact> contacts,
            List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Organization(
            UUID id,
            String name,
            String description,
            String website,
            List<OrganizationIdentifier> organizationIdentifiers,
            List<Service> services) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OrganizationIdentifier(
            UUID id, UUID organizationId, String identifierScheme, String identifierType, String identifier) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId, Location location, Service service) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Location(
            UUID id,
            String locationType,
            String name,
            Double latitude,
            Double longitude,
            List<Address> addresses,
            List<Accessibility> accessibility) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Address(
            UUID id,
            UUID locationId,
            @JsonProperty("address_1") String address1,
            String city,
            String stateProvince,
            String postalCode,
            String country,
            String addressType) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Accessibility(UUID id, UUID locationId, String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Schedule(
            UUID id,
            UUID serviceId,
            UUID serviceAtLocationId,
            String validFrom,
            String validTo,
            String dtstart,
            String until,
            String freq,
            Integer interval,
            String byday,
            String bymonthday,
            String description,
            String opensAt,
            String closesAt,
            String attendingType,
            String notes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CostOption(UUID id, UUID serviceId, String option, BigDecimal amount, String amountDescription) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Contact(UUID id, UUID serviceId, String name, String email, List<Phone> phones) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Phone(UUID id, UUID contactId, String number) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Language(UUID id, UUID serviceId, String name, String code) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Attribute(UUID id, UUID linkId, UUID taxonomyTermId, String linkType, TaxonomyTerm taxonomyTerm) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TaxonomyTerm(
            UUID id, String name, String description, UUID parentId, String taxonomy, UUID taxonomyId, String code) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Taxonomy(
            UUID id, String name, String description, String version, List<TaxonomyTerm> taxonomyTerms) {}
}
