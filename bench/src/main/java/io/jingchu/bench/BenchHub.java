package io.jingchu.bench;

import io.jingchu.hub.HubApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The hub started in this process for a bench, on H2 (the embedded default) or on a PostgreSQL server started here. */
final class BenchHub {

    /** What a bench does with the running hub. */
    interface Work {
        void with(ConfigurableApplicationContext hub) throws Exception;
    }

    private BenchHub() {
    }

    /** Starts the hub with these settings on {@code h2} or {@code postgresql}, runs the work, and stops both. */
    static void run(String database, List<String> settings, Work work) throws Exception {
        switch (database) {
            case "h2" -> start(settings, work);
            case "postgresql" -> {
                try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
                    List<String> onPostgres = new ArrayList<>(settings);
                    onPostgres.addAll(List.of("--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
                    start(onPostgres, work);
                }
            }
            default -> throw new IllegalArgumentException("no database " + database + ": h2 or postgresql");
        }
    }

    private static void start(List<String> settings, Work work) throws Exception {
        try (ConfigurableApplicationContext hub = SpringApplication.run(HubApplication.class,
                settings.toArray(String[]::new))) {
            work.with(hub);
        }
    }
}
