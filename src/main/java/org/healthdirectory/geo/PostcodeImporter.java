package org.healthdirectory.geo;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads postcode centroids from the ONS Postcode Directory (ONSPD) CSV, or any CSV with its columns
 * pcds, doterm, lat, long; and outward-code centroids from a CSV with outcode, latitude, longitude.
 * Re-running is safe: rows are upserted. Plain JDBC batches, as the full ONSPD has 2.7 million rows.
 */
@ApplicationScoped
public class PostcodeImporter {

    private static final Logger LOG = Logger.getLogger(PostcodeImporter.class);
    private static final int BATCH = 5_000;
    // ONSPD's marker for "no grid reference".
    private static final double NO_LATITUDE = 99.999999;

    private final AgroalDataSource dataSource;

    PostcodeImporter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Result(int imported, int skipped) {}

    public Result importPostcodes(Path onspdCsv) {
        String sql = """
                insert into postcode (postcode, outcode, latitude, longitude, terminated) values (?, ?, ?, ?, ?)
                on conflict (postcode) do update set outcode = excluded.outcode, latitude = excluded.latitude,
                  longitude = excluded.longitude, terminated = excluded.terminated""";
        return load(onspdCsv, sql, (row, statement) -> {
            var postcode = Postcode.parse(row.get("pcds"));
            if (postcode.isEmpty() || !postcode.get().isFull()) {
                return false;
            }
            Double latitude = parse(row.get("lat"));
            Double longitude = parse(row.get("long"));
            boolean noGridReference = latitude == null || longitude == null || latitude == NO_LATITUDE;
            statement.setString(1, postcode.get().key());
            statement.setString(2, postcode.get().outcode());
            setNullable(statement, 3, noGridReference ? null : latitude);
            setNullable(statement, 4, noGridReference ? null : longitude);
            statement.setBoolean(5, !row.getOrDefault("doterm", "").isBlank());
            return true;
        });
    }

    public Result importOutcodes(Path outcodeCsv) {
        String sql = """
                insert into outcode (outcode, latitude, longitude) values (?, ?, ?)
                on conflict (outcode) do update set latitude = excluded.latitude, longitude = excluded.longitude""";
        return load(outcodeCsv, sql, (row, statement) -> {
            var outcode = Postcode.parse(row.get("outcode"));
            Double latitude = parse(row.get("latitude"));
            Double longitude = parse(row.get("longitude"));
            if (outcode.isEmpty() || outcode.get().isFull() || latitude == null || longitude == null) {
                return false;
            }
            statement.setString(1, outcode.get().outcode());
            statement.setDouble(2, latitude);
            statement.setDouble(3, longitude);
            return true;
        });
    }

    public long postcodeCount() {
        return count("postcode");
    }

    public long outcodeCount() {
        return count("outcode");
    }

    private long count(String table) {
        try (Connection connection = dataSource.getConnection();
                var result = connection.createStatement().executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count " + table, e);
        }
    }

    @FunctionalInterface
    private interface RowBinder {
        boolean bind(Map<String, String> row, PreparedStatement statement) throws SQLException;
    }

    private Result load(Path csv, String sql, RowBinder binder) {
        int[] counts = new int[2];
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            CsvReader.forEachRow(reader, row -> {
                try {
                    if (binder.bind(row, statement)) {
                        statement.addBatch();
                        if (++counts[0] % BATCH == 0) {
                            statement.executeBatch();
                            connection.commit();
                            LOG.infof("Imported %d rows from %s", counts[0], csv.getFileName());
                        }
                    } else {
                        counts[1]++;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not import a row of " + csv, e);
                }
            });
            statement.executeBatch();
            connection.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + csv, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not import " + csv, e);
        }
        LOG.infof("Imported %d rows from %s, skipped %d", counts[0], csv.getFileName(), counts[1]);
        return new Result(counts[0], counts[1]);
    }

    private static Double parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
