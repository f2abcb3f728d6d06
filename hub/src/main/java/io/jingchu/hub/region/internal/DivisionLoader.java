package io.jingchu.hub.region.internal;

import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the configured provinces' divisions on start, before anything that needs them (organizations, demo
 * data). Only provinces not yet in the table are loaded, so a restart reads nothing but the province list.
 *
 * <p>The files are streamed and written in multi-row inserts, committed every few thousand rows, so memory
 * stays flat and the whole country (about 665,000 divisions) loads in seconds rather than minutes. A province's
 * own row is written last: its presence says its whole tree is in. A load cut short leaves no province row,
 * and the next start loads that province again, skipping the rows already there; so does an instance that
 * starts while another is loading.
 */
@Component
@Order(DivisionLoader.ORDER)
class DivisionLoader implements ApplicationRunner {

    /** Runs early among the start-up runners: later ones (demo data, the first administrator) may need divisions. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private static final Logger log = LoggerFactory.getLogger(DivisionLoader.class);

    private final RegionProperties properties;
    private final DivisionFiles files;
    private final JdbcTemplate jdbc;

    DivisionLoader(RegionProperties properties, DivisionFiles files, JdbcTemplate jdbc) {
        this.properties = properties;
        this.files = files;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** What one load did: the provinces it added and how many divisions it wrote. */
    record LoadReport(Set<String> provinces, long divisions, Duration took) {
    }

    /** Loads the configured provinces that are missing. */
    LoadReport load() {
        Set<String> known = new TreeSet<>(files.provinceCodes());
        Set<String> wanted = properties.loadsAll() ? known : properties.provinceCodes();
        Set<String> unknown = new TreeSet<>(wanted);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("jingchu.region.provinces names unknown province codes " + unknown
                    + "; known are " + known);
        }
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(loadedProvinces());
        if (missing.isEmpty()) {
            return new LoadReport(Set.of(), 0, Duration.ZERO);
        }
        long start = System.nanoTime();
        Long written = jdbc.execute((ConnectionCallback<Long>) connection -> write(connection, missing));
        var report = new LoadReport(missing, written == null ? 0 : written, Duration.ofNanos(System.nanoTime() - start));
        log.info("Loaded {} divisions of provinces {} in {} ms", report.divisions(), report.provinces(),
                report.took().toMillis());
        return report;
    }

    private long write(Connection connection, Set<String> provinces) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (var rows = new RowWriter(connection)) {
            List<Division> roots = new ArrayList<>();
            Set<String> accepted = new HashSet<>(provinces);
            try {
                files.read(accepted::contains, division -> {
                    if (division.level() == DivisionLevel.PROVINCE) {
                        roots.add(division);
                    } else {
                        rows.add(division);
                    }
                });
                for (Division root : roots) {
                    rows.add(root);
                }
            } catch (UncheckedSql e) {
                throw e.getCause();
            }
            rows.finish();
            connection.commit();
            return rows.written();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Set<String> loadedProvinces() {
        Set<String> loaded = new HashSet<>();
        jdbc.queryForList("SELECT code FROM division WHERE parent_code IS NULL", String.class)
                .forEach(code -> loaded.add(code.substring(0, 2)));
        return loaded;
    }

    /**
     * Writes divisions {@value #ROWS_PER_STATEMENT} to an INSERT and {@value #STATEMENTS_PER_COMMIT} INSERTs to a
     * batch and a commit. Multi-row inserts are several times faster than single-row batches on H2 and spare
     * PostgreSQL most round trips; small commits keep the database's undo log small.
     */
    private static final class RowWriter implements AutoCloseable {
        private static final int ROWS_PER_STATEMENT = 100;
        private static final int STATEMENTS_PER_COMMIT = 50;

        private final Connection connection;
        private final PreparedStatement full;
        private final List<Division> pending = new ArrayList<>(ROWS_PER_STATEMENT);
        private int batched;
        private long written;

        RowWriter(Connection connection) throws SQLException {
            this.connection = connection;
            this.full = connection.prepareStatement(insert(ROWS_PER_STATEMENT));
        }

        void add(Division division) {
            pending.add(division);
            if (pending.size() == ROWS_PER_STATEMENT) {
                try {
                    bind(full, pending);
                    pending.clear();
                    full.addBatch();
                    if (++batched == STATEMENTS_PER_COMMIT) {
                        executeBatch();
                        connection.commit();
                    }
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            }
        }

        /** Writes what is still pending; the caller commits. */
        void finish() throws SQLException {
            executeBatch();
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(insert(pending.size()))) {
                    bind(rest, pending);
                    written += Math.max(rest.executeUpdate(), 0);
                }
                pending.clear();
            }
        }

        long written() {
            return written;
        }

        private void executeBatch() throws SQLException {
            if (batched > 0) {
                for (int count : full.executeBatch()) {
                    written += count == PreparedStatement.SUCCESS_NO_INFO ? ROWS_PER_STATEMENT : Math.max(count, 0);
                }
                batched = 0;
            }
        }

        private static void bind(PreparedStatement statement, List<Division> divisions) throws SQLException {
            int index = 1;
            for (Division division : divisions) {
                statement.setString(index++, division.code());
                statement.setString(index++, division.name());
                statement.setString(index++, division.level().name());
                statement.setString(index++, division.parentCode());
            }
        }

        // Another instance loading at the same moment may have written some rows already; they are skipped.
        private static String insert(int rows) {
            return "INSERT INTO division (code, name, level, parent_code) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?)"))
                    + " ON CONFLICT DO NOTHING";
        }

        @Override
        public void close() throws SQLException {
            full.close();
        }
    }

    /** Carries a write failure out of the file reader's callback. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
