package org.healthdirectory.openreferral;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The HSDS 3.0 tabular data package: one CSV per table (columns named and ordered as in the HSDS
 * CSV examples) and a datapackage.json describing them, in one zip. Rows are kept in memory per
 * table; the directory holds hundreds of services, not millions.
 */
final class DataPackageWriter {

    /** Each table's file and columns, as in HSDS 3.0's datapackage. */
    static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("organizations.csv", List.of("id", "name", "description", "website"));
        TABLES.put(
                "organization_identifiers.csv",
                List.of("id", "organization_id", "identifier_scheme", "identifier_type", "identifier"));
        TABLES.put(
                "services.csv",
                List.of(
                        "id",
                        "organization_id",
                        "name",
                        "description",
                        "url",
                        "email",
                        "status",
                        "application_process",
                        "fees_description",
                        "minimum_age",
                        "maximum_age",
                        "last_modified"));
        TABLES.put("locations.csv", List.of("id", "location_type", "organization_id", "name", "latitude", "longitude"));
        TABLES.put(
                "addresses.csv",
                List.of(
                        "id",
                        "location_id",
                        "address_1",
                        "city",
                        "state_province",
                        "postal_code",
                        "country",
                        "address_type"));
        TABLES.put("service_at_location.csv", List.of("id", "service_id", "location_id"));
        TABLES.put(
                "schedules.csv",
                List.of(
                        "id",
                        "service_id",
                        "service_at_location_id",
                        "valid_from",
                        "valid_to",
                        "dtstart",
                        "freq",
                        "interval",
                        "byday",
                        "bymonthday",
                        "description",
                        "opens_at",
                        "closes_at",
                        "notes"));
        TABLES.put(
                "cost_options.csv", List.of("id", "service_id", "option", "currency", "amount", "amount_description"));
        TABLES.put("contacts.csv", List.of("id", "service_id", "name", "email"));
        TABLES.put("phones.csv", List.of("id", "service_id", "contact_id", "number"));
        TABLES.put("languages.csv", List.of("id", "service_id", "name", "code"));
        TABLES.put("accessibility.csv", List.of("id", "location_id", "description"));
        TABLES.put("attributes.csv", List.of("id", "link_id", "taxonomy_term_id", "link_type", "link_entity"));
        TABLES.put("taxonomies.csv", List.of("id", "name", "description", "version"));
        TABLES.put(
                "taxonomy_terms.csv",
                List.of("id", "code", "name", "description", "parent_id", "taxonomy", "taxonomy_id"));
    }

    private final Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    private final Set<UUID> organisations = new LinkedHashSet<>();

    DataPackageWriter() {
        TABLES.keySet().forEach(table -> rows.put(table, new ArrayList<>()));
    }

    void add(Oruk.Service s) {
        Oruk.Organization o = s.organization();
        if (organisations.add(o.id())) {
            row("organizations.csv", o.id(), o.name(), o.description(), o.website());
            if (o.organizationIdentifiers() != null) {
                o.organizationIdentifiers()
                        .forEach(i -> row(
                                "organization_identifiers.csv",
                                i.id(),
                                i.organizationId(),
                                i.identifierScheme(),
                                i.identifierType(),
                                i.identifier()));
            }
        }
        row(
                "services.csv",
                s.id(),
                s.organizationId(),
                s.name(),
                s.description(),
                s.url(),
                s.email(),
                s.status(),
                s.applicationProcess(),
                s.feesDescription(),
                s.minimumAge(),
                s.maximumAge(),
                s.lastModified());
        for (Oruk.ServiceAtLocation sal : s.serviceAtLocations()) {
            Oruk.Location l = sal.location();
            row("locations.csv", l.id(), l.locationType(), o.id(), l.name(), l.latitude(), l.longitude());
            if (l.addresses() != null) {
                l.addresses()
                        .forEach(a -> row(
                                "addresses.csv",
                                a.id(),
                                a.locationId(),
                                a.address1(),
                                a.city(),
                                a.stateProvince(),
                                a.postalCode(),
                                a.country(),
                                a.addressType()));
            }
            if (l.accessibility() != null) {
                l.accessibility().forEach(a -> row("accessibility.csv", a.id(), a.locationId(), a.description()));
            }
            row("service_at_location.csv", sal.id(), sal.serviceId(), sal.locationId());
        }
        s.schedules()
                .forEach(x -> row(
                        "schedules.csv",
                        x.id(),
                        x.serviceId(),
                        x.serviceAtLocationId(),
                        x.validFrom(),
                        x.validTo(),
                        x.dtstart(),
                        x.freq(),
                        x.interval(),
                        x.byday(),
                        x.bymonthday(),
                        x.description(),
                        x.opensAt(),
                        x.closesAt(),
                        x.notes()));
        s.costOptions()
                .forEach(c -> row(
                        "cost_options.csv",
                        c.id(),
                        c.serviceId(),
                        c.option(),
                        "GBP",
                        c.amount(),
                        c.amountDescription()));
        for (Oruk.Contact c : s.contacts()) {
            row("contacts.csv", c.id(), c.serviceId(), c.name(), c.email());
            if (c.phones() != null) {
                c.phones().forEach(p -> row("phones.csv", p.id(), s.id(), p.contactId(), p.number()));
            }
        }
        s.languages().forEach(l -> row("languages.csv", l.id(), l.serviceId(), l.name(), l.code()));
        s.attributes()
                .forEach(a -> row("attributes.csv", a.id(), a.linkId(), a.taxonomyTermId(), a.linkType(), "service"));
    }

    void add(Oruk.Taxonomy t) {
        row("taxonomies.csv", t.id(), t.name(), t.description(), t.version());
        t.taxonomyTerms()
                .forEach(x -> row(
                        "taxonomy_terms.csv",
                        x.id(),
                        x.code(),
                        x.name(),
                        x.description(),
                        x.parentId(),
                        x.taxonomy(),
                        x.taxonomyId()));
    }

    void writeZip(OutputStream out, ObjectMapper json) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor()));
            zip.closeEntry();
            for (Map.Entry<String, List<List<Object>>> table : rows.entrySet()) {
                zip.putNextEntry(new ZipEntry(table.getKey()));
                StringBuilder csv = new StringBuilder();
                line(csv, new ArrayList<>(TABLES.get(table.getKey())));
                table.getValue().forEach(r -> line(csv, r));
                zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> descriptor() {
        List<Map<String, Object>> resources = new ArrayList<>();
        TABLES.forEach((path, columns) -> resources.add(Map.of(
                "name",
                path.replace(".csv", ""),
                "path",
                path,
                "format",
                "csv",
                "mediatype",
                "text/csv",
                "profile",
                "tabular-data-resource",
                "encoding",
                "utf-8",
                "schema",
                Map.of(
                        "primaryKey",
                        "id",
                        "fields",
                        columns.stream()
                                .map(c -> Map.of("name", c, "type", "string"))
                                .toList()))));
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("name", "human_services_data");
        descriptor.put("title", "Human Services Data Specification");
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("version", "3.0.0");
        descriptor.put("resources", resources);
        return descriptor;
    }

    private void row(String table, Object... values) {
        rows.get(table).add(Arrays.asList(values));
    }

    private static void line(StringBuilder csv, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : value.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            csv.append(text);
        }
        csv.append("\r\n");
    }
}
