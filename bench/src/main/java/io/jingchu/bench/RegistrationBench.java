package io.jingchu.bench;

import io.jingchu.hub.HubApplication;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.demo.DemoResource;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registration throughput: resources registered through {@link CatalogApi} (rules, history, event,
 * search index, one transaction each) against the limit of the same database: a plain single-row
 * INSERT of the same metadata per transaction, in the same run. Measured on the embedded default (H2
 * file) and on PostgreSQL.
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.RegistrationBench
 * -Dexec.args="5000"}.
 */
public final class RegistrationBench {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        List<DemoResource> drafts = BenchCorpus.drafts(count + 500, 7);
        System.out.printf("Registration: %,d resources per database, %d cores%n", count,
                Runtime.getRuntime().availableProcessors());
        System.out.println();
        System.out.println("| database | hub registrations/s | plain INSERT rows/s | hub / limit |");
        System.out.println("| --- | --- | --- | --- |");
        Path h2 = Files.createTempDirectory("bench-h2");
        run("H2 (embedded default, file)", drafts, count, new String[] {"--jingchu.data-dir=" + h2});
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            run("PostgreSQL", drafts, count, new String[] {
                "--jingchu.data-dir=" + Files.createTempDirectory("bench-pg"),
                "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"});
        }
    }

    private static void run(String name, List<DemoResource> drafts, int count, String[] settings) throws Exception {
        List<String> args = new ArrayList<>(List.of(settings));
        args.add("--server.port=0");
        args.add("--logging.level.root=WARN");
        try (ConfigurableApplicationContext hub = SpringApplication.run(HubApplication.class, args.toArray(String[]::new))) {
            IdentityApi identity = hub.getBean(IdentityApi.class);
            CatalogApi catalog = hub.getBean(CatalogApi.class);
            Caller system = new Caller(-1, "bench", Set.of(Role.ADMIN), null);
            UserAccount admin = identity.createUser(system, "bench-admin", "bench", "Bench@2026".toCharArray(),
                    Set.of(Role.ADMIN), null);
            Caller adminCaller = new Caller(admin.id(), admin.username(), admin.roles(), null);
            List<Organization> orgs = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                orgs.add(identity.createOrganization(adminCaller, "bench-" + i, "基准测试单位" + i, "420500000000"));
            }
            // warm-up: the first 500 drafts
            for (int i = 0; i < 500; i++) {
                catalog.register(adminCaller, withOrg(drafts.get(count + i).draft(), orgs));
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                catalog.register(adminCaller, withOrg(drafts.get(i).draft(), orgs));
            }
            double hubRate = count / ((System.nanoTime() - t0) / 1e9);
            double plainRate = plainInserts(hub.getBean(DataSource.class), drafts, count);
            System.out.printf("| %s | %,.0f | %,.0f | %.2f |%n", name, hubRate, plainRate, hubRate / plainRate);
        }
    }

    private static ResourceDraft withOrg(ResourceDraft d, List<Organization> orgs) {
        long org = orgs.get((int) (d.organizationId() % orgs.size())).id();
        return new ResourceDraft(null, d.title(), d.description(), org, d.theme(), d.keywords(), d.fields(),
                d.updateFrequency(), d.licence(), d.contact(), d.grade(), d.sensitivity(), d.sharing(), d.opening(),
                d.highQuality());
    }

    /** The limit: one row of the same metadata per transaction, no rules, history, events or index. */
    private static double plainInserts(DataSource ds, List<DemoResource> drafts, int count) throws Exception {
        try (Connection c = ds.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_plain (id BIGINT PRIMARY KEY, code VARCHAR(64), title VARCHAR(500), "
                        + "description VARCHAR(100000), theme VARCHAR(40), grade VARCHAR(20), opening VARCHAR(20), "
                        + "sharing VARCHAR(20), fields VARCHAR(100000), keywords VARCHAR(4000))");
            }
            c.setAutoCommit(true);
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO bench_plain VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    ResourceDraft d = drafts.get(i).draft();
                    insert.setLong(1, i);
                    insert.setString(2, "P-" + i);
                    insert.setString(3, d.title());
                    insert.setString(4, d.description());
                    insert.setString(5, d.theme().name());
                    insert.setString(6, d.grade().name());
                    insert.setString(7, d.opening().attribute().name());
                    insert.setString(8, d.sharing().attribute().name());
                    insert.setString(9, d.fields().toString());
                    insert.setString(10, String.join(",", d.keywords()));
                    insert.executeUpdate();
                }
            }
            return count / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
