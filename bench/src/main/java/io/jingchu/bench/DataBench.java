package io.jingchu.bench;

import io.jingchu.hub.HubApplication;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.DatasetVersions;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.ingest.LoadJob;
import io.jingchu.hub.ingest.LoadRequest;
import io.jingchu.hub.ingest.LoadSource;
import io.jingchu.hub.ingest.LoadState;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loading and querying a large table. Load: a 12-column CSV of N rows (10 million by default) loaded into a
 * resource through the hub's load path (server path, validation, Parquet version, publish) beside PostgreSQL
 * {@code COPY} of the same file into a typed table (the path CKAN's loaders take) and DuckDB turning the same
 * file straight into Parquet (the engine's limit). Query: see {@link QueryBench}, run on the same data.
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.DataBench -Dexec.args="10000000"}.
 */
public final class DataBench {

    record Setup(ConfigurableApplicationContext hub, Caller admin, Caller publisher, EmbeddedPostgres pg, Path dir,
            Path csv) {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000;
        boolean queries = args.length < 2 || !"load-only".equals(args[1]);
        Path dir = Files.createTempDirectory("bench-data");
        Path csv = dir.resolve("enterprises.csv");
        long t0 = System.nanoTime();
        CsvCorpus.enterprises(csv, rows, 42);
        System.out.printf("Generated %,d rows, %,d bytes in %.1f s; %d cores, max heap %d MiB%n", rows, Files.size(csv),
                (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        double duck = duckdbLimit(csv, dir.resolve("raw.parquet"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_wal_size", "4GB").start()) {
            double copy = postgresCopy(pg, csv);
            ConfigurableApplicationContext hub = startHub(dir);
            try {
                Setup setup = setUp(hub, pg, dir, csv);
                DataResource resource = register(setup, "bench-enterprises", CsvCorpus.ENTERPRISE);
                settle();
                double load = hubLoad(setup, resource.code(), csv);
                System.out.println();
                System.out.printf("Load of %,d rows × 12 columns%n%n", rows);
                System.out.println("| path | seconds | rows/s | vs PostgreSQL COPY | vs DuckDB alone |");
                System.out.println("| --- | --- | --- | --- | --- |");
                line("PostgreSQL COPY into a typed table", rows, copy, copy, duck);
                line("DuckDB CSV → Parquet (engine limit)", rows, duck, copy, duck);
                line("hub load (validate, profile, Parquet version, publish)", rows, load, copy, duck);
                DatasetVersion v = hub.getBean(DatasetVersions.class).latest(resource.code()).orElseThrow();
                System.out.printf("%nVersion: %,d rows, %,d bytes Parquet (CSV %,d bytes), %s%n", v.rowCount(),
                        v.byteSize(), Files.size(csv), v.contentHash());
                if (queries) {
                    QueryBench.run(hub, pg, v);
                }
            } finally {
                hub.close();
            }
        }
    }

    static ConfigurableApplicationContext startHub(Path dir) {
        List<String> a = new ArrayList<>(List.of("--jingchu.data-dir=" + dir.resolve("hub"), "--server.port=0",
                "--logging.level.root=WARN", "--logging.level.io.jingchu.hub.ingest.internal.DatasetLoader=INFO",
                "--jingchu.ingest.server-paths=" + dir,
                "--jingchu.ingest.memory-limit=8GB", "--jingchu.access.anonymous-per-minute=100000000",
                "--jingchu.access.anonymous-per-day=100000000", "--jingchu.access.signed-in-per-minute=100000000",
                "--jingchu.access.signed-in-per-day=100000000"));
        return SpringApplication.run(HubApplication.class, a.toArray(String[]::new));
    }

    static Setup setUp(ConfigurableApplicationContext hub, EmbeddedPostgres pg, Path dir, Path csv) {
        IdentityApi identity = hub.getBean(IdentityApi.class);
        Caller system = new Caller(-1, "bench", Set.of(Role.ADMIN), null);
        UserAccount admin = identity.createUser(system, "bench-admin", "bench", "Bench@2026".toCharArray(),
                Set.of(Role.ADMIN), null);
        Caller adminCaller = new Caller(admin.id(), admin.username(), admin.roles(), null);
        Organization org = identity.createOrganization(adminCaller, "bench-org", "宜昌市市场监督管理局", "420500000000");
        UserAccount pub = identity.createUser(adminCaller, "bench-publisher", "bench", "Bench@2026".toCharArray(),
                Set.of(Role.PUBLISHER), org.id());
        return new Setup(hub, adminCaller, new Caller(pub.id(), pub.username(), pub.roles(), org.id()), pg, dir, csv);
    }

    static DataResource register(Setup s, String code, List<FieldSpec> fields) {
        CatalogApi catalog = s.hub().getBean(CatalogApi.class);
        ResourceDraft draft = new ResourceDraft(code, "基准测试数据集 " + code, "benchmark", s.publisher().organizationId(),
                Theme.MARKET_REGULATION, List.of("基准"), fields, UpdateFrequency.DAILY, "CC-BY-4.0",
                new io.jingchu.hub.catalog.Contact("bench", "0717-6000000", "bench@example.org"), SecurityGrade.GENERAL,
                Sensitivity.L1, new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null),
                new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null), false);
        DataResource r = catalog.register(s.publisher(), draft);
        r = catalog.submit(s.publisher(), r.code(), r.version());
        return catalog.publish(s.admin(), r.code(), r.version());
    }

    /**
     * Waits until the machine is idle: in its first seconds the freshly started hub's JIT compiler and start-up
     * work take one of the two cores, which a server that has been running does not pay during a load.
     */
    static void settle() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        int quiet = 0;
        os.getCpuLoad();
        while (quiet < 3 && System.nanoTime() - t0 < 60_000_000_000L) {
            Thread.sleep(1000);
            quiet = os.getCpuLoad() < 0.05 ? quiet + 1 : 0;
        }
        System.out.printf("Machine idle after %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Seconds from asking for the load until the version is published. */
    static double hubLoad(Setup s, String code, Path csv) throws InterruptedException {
        IngestApi ingest = s.hub().getBean(IngestApi.class);
        long t0 = System.nanoTime();
        LoadJob job = ingest.startLoad(s.publisher(), code,
                LoadRequest.of(new LoadSource.ServerPath(csv.toString())));
        while (!job.state().isFinal()) {
            Thread.sleep(50);
            job = ingest.job(s.publisher(), job.id());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (job.state() != LoadState.SUCCEEDED) {
            throw new IllegalStateException("load failed: " + job.error());
        }
        return seconds;
    }

    static double duckdbLimit(Path csv, Path parquet) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '8GB'");
            long t0 = System.nanoTime();
            s.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true, auto_detect = false, columns = "
                    + "{'id': 'BIGINT', 'credit_code': 'VARCHAR', 'name': 'VARCHAR', 'county': 'VARCHAR', "
                    + "'industry': 'VARCHAR', 'capital': 'DECIMAL(18,6)', 'employees': 'BIGINT', 'founded': 'DATE', "
                    + "'checked_at': 'TIMESTAMP', 'longitude': 'DECIMAL(18,6)', 'latitude': 'DECIMAL(18,6)', "
                    + "'active': 'BOOLEAN'})) TO '" + parquet + "' " + DatasetVersion.PARQUET_OPTIONS);
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    static double postgresCopy(EmbeddedPostgres pg, Path csv) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE enterprises (id BIGINT, credit_code VARCHAR, name VARCHAR, county VARCHAR,
                        industry VARCHAR, capital NUMERIC(18,6), employees BIGINT, founded DATE, checked_at TIMESTAMP,
                        longitude NUMERIC(18,6), latitude NUMERIC(18,6), active BOOLEAN)""");
            long t0 = System.nanoTime();
            s.execute("COPY enterprises FROM '" + csv + "' WITH (FORMAT csv, HEADER true)");
            double seconds = (System.nanoTime() - t0) / 1e9;
            // The work PostgreSQL leaves for later (statistics, writing out its buffers) is done now, untimed,
            // rather than in the background of the hub's load.
            s.execute("VACUUM ANALYZE enterprises");
            s.execute("CHECKPOINT");
            return seconds;
        }
    }

    private static void line(String name, long rows, double seconds, double copy, double duck) {
        System.out.printf("| %s | %.1f | %,.0f | %.2f× | %.2f× |%n", name, seconds, rows / seconds, copy / seconds,
                duck / seconds);
    }
}
