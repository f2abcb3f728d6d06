package io.jingchu.bench;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.DatasetVersions;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.query.QueryApi;
import io.jingchu.hub.query.RowEngine;
import io.jingchu.hub.query.internal.RowRequestParser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Query latencies on the 10-million-row version: the same four queries through the hub's rows API (HTTP on
 * loopback, JSON parsed by the client), run by PostgreSQL on the table {@code COPY} loaded (with B-tree
 * indexes on the filtered and sorted columns, as a tuned datastore would have), and run by DuckDB directly
 * on the version's Parquet file (the engine's own limit, no HTTP, no access checks, no audit).
 */
final class QueryBench {

    private static final int WARMUP = 10;
    private static final int RUNS = 100;
    private static final int SERVER_WARMUP = 30;

    private record Query(String name, String api, String sql, Object[] params) {
    }

    private QueryBench() {
    }

    static void run(ConfigurableApplicationContext hub, EmbeddedPostgres pg, DatasetVersion version) throws Exception {
        int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
        String base = "http://localhost:" + port + "/api/v1/resources/" + version.resourceCode() + "/rows?";
        // nine tenths into the file: 9,000,000 of 10 million rows
        long deep = version.rowCount() / 10 * 9;
        try (Connection postgres = pg.getPostgresDatabase().getConnection()) {
            try (Statement s = postgres.createStatement()) {
                s.execute("CREATE INDEX ON enterprises (credit_code)");
                s.execute("CREATE INDEX ON enterprises (capital)");
                s.execute("CREATE INDEX ON enterprises (id)");
                s.execute("ANALYZE enterprises");
            }
            List<Query> queries = List.of(
                    new Query("point filter (credit code = …)",
                            "filter=" + enc("credit_code:eq:91420500MA04567890") + "&limit=20",
                            "SELECT * FROM %s WHERE credit_code = ? LIMIT 20", new Object[] {"91420500MA04567890"}),
                    new Query("range filter, sorted, one page",
                            "filter=" + enc("capital:between:5000,5100") + "&sort=-capital,id&limit=50",
                            "SELECT * FROM %s WHERE capital BETWEEN ? AND ? ORDER BY capital DESC, id LIMIT 50",
                            new Object[] {new java.math.BigDecimal(5000), new java.math.BigDecimal(5100)}),
                    new Query("group-by aggregate (count, avg by county)",
                            "group_by=county&aggregate=count,avg:capital",
                            "SELECT county, count(*), avg(capital) FROM %s GROUP BY county", new Object[0]),
                    new Query(String.format("deep keyset page (rows after id %,d)", deep), null,
                            "SELECT * FROM %s WHERE id > ? ORDER BY id LIMIT 50", new Object[] {deep}));
            HttpClient http = HttpClient.newHttpClient();
            String cursor = cursorAfter(http, base, deep);
            // A server is measured warm: the hub's request path compiled by the JIT, as after minutes of traffic.
            for (int i = 0; i < SERVER_WARMUP; i++) {
                for (Query q : queries) {
                    get(http, q.api() != null ? base + q.api() : base + "sort=id&limit=50&cursor=" + enc(cursor));
                }
            }
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
                String parquet = "read_parquet('" + version.file().toString().replace("'", "''") + "')";
                System.out.println();
                System.out.printf("Queries on %,d rows, after %d unmeasured rounds of the hub's requests: %d runs each"
                        + " after %d warm-up runs, one client, the three paths in turn within each run%n%n",
                        version.rowCount(), SERVER_WARMUP, RUNS, WARMUP);
                System.out.println("| query | hub API p50 / p99 ms | PostgreSQL p50 / p99 ms | DuckDB alone p50 / p99 ms"
                        + " | PostgreSQL ÷ hub (p50) | hub ÷ DuckDB (p50) |");
                System.out.println("| --- | --- | --- | --- | --- | --- |");
                QueryApi service = hub.getBean(QueryApi.class);
                RowEngine engine = hub.getBean(RowEngine.class);
                RowRequestParser parser = hub.getBean(RowRequestParser.class);
                List<String> inside = new ArrayList<>();
                for (Query q : queries) {
                    String api = q.api() != null ? q.api() : "sort=id&limit=50&cursor=" + enc(cursor);
                    Map<String, List<String>> params = parameters(api);
                    RowRequestParser.Parsed parsed = parser.parse(params, version.resourceCode(), version,
                            RowRequestParser.Mode.PAGE);
                    Latencies[] times = interleaved(() -> get(http, base + api),
                            () -> sql(postgres, q.sql().formatted("enterprises"), q.params()),
                            () -> sql(duck, q.sql().formatted(parquet), q.params()),
                            () -> service.rows(Caller.ANONYMOUS, "127.0.0.1", version.resourceCode(), params),
                            () -> engine.page(version, parsed.query(), java.time.Duration.ofMinutes(1)));
                    Latencies hubTimes = times[0];
                    Latencies pgTimes = times[1];
                    Latencies duckTimes = times[2];
                    System.out.printf("| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f× | %.2f× |%n", q.name(),
                            hubTimes.percentileMillis(50), hubTimes.percentileMillis(99),
                            pgTimes.percentileMillis(50), pgTimes.percentileMillis(99),
                            duckTimes.percentileMillis(50), duckTimes.percentileMillis(99),
                            pgTimes.percentileMillis(50) / hubTimes.percentileMillis(50),
                            hubTimes.percentileMillis(50) / duckTimes.percentileMillis(50));
                    inside.add(String.format("| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |",
                            q.name(), hubTimes.percentileMillis(50), hubTimes.percentileMillis(99),
                            times[3].percentileMillis(50), times[3].percentileMillis(99),
                            times[4].percentileMillis(50), times[4].percentileMillis(99),
                            duckTimes.percentileMillis(50), duckTimes.percentileMillis(99)));
                }
                // Where the hub's time goes, measured in the same runs: the row service called in process (access,
                // version, audit record; no HTTP, security or rate limits) and the engine's page alone.
                System.out.println();
                System.out.println("| query | hub API p50 / p99 ms | row service in process p50 / p99 ms"
                        + " | hub's engine alone p50 / p99 ms | DuckDB alone p50 / p99 ms |");
                System.out.println("| --- | --- | --- | --- | --- |");
                inside.forEach(System.out::println);
            }
        }
    }

    /** After the whole corpus is loaded: a filtered page and an aggregate on datasets picked at random. */
    static void corpus(ConfigurableApplicationContext hub, List<DataResource> resources) throws Exception {
        int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        DatasetVersions versions = hub.getBean(DatasetVersions.class);
        Random random = new Random(5);
        List<String[]> pages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            DataResource r = resources.get(random.nextInt(resources.size()));
            if (r.opening().attribute() != OpeningAttribute.UNCONDITIONAL) {
                continue;
            }
            DatasetVersion v = versions.latest(r.code()).orElseThrow();
            FieldSpec number = v.fields().stream().filter(f -> f.type() == FieldType.INTEGER).findFirst().orElse(null);
            FieldSpec text = v.fields().stream().filter(f -> f.type() == FieldType.STRING).findFirst().orElse(null);
            String base = "http://localhost:" + port + "/api/v1/resources/" + r.code() + "/rows?";
            pages.add(new String[] {
                    base + (number == null ? "limit=20" : "filter=" + enc(number.name() + ":gte:50000") + "&sort=-"
                            + number.name() + "&limit=20"),
                    base + (text == null ? "limit=1" : "group_by=" + text.name() + "&aggregate=count&limit=20")});
        }
        Latencies page = new Latencies();
        Latencies aggregate = new Latencies();
        for (int round = 0; round < 2; round++) {
            for (String[] p : pages) {
                long t0 = System.nanoTime();
                get(http, p[0]);
                long t1 = System.nanoTime();
                get(http, p[1]);
                long t2 = System.nanoTime();
                if (round == 1) {
                    page.add(t1 - t0);
                    aggregate.add(t2 - t1);
                }
            }
        }
        System.out.println();
        System.out.printf("Afterwards, %d open datasets picked at random (second pass):%n%n", pages.size());
        System.out.println("| query | p50 ms | p99 ms |");
        System.out.println("| --- | --- | --- |");
        System.out.printf("| filtered, sorted page of 20 | %.1f | %.1f |%n", page.percentileMillis(50),
                page.percentileMillis(99));
        System.out.printf("| group-by count | %.1f | %.1f |%n", aggregate.percentileMillis(50),
                aggregate.percentileMillis(99));
    }

    private static String cursorAfter(HttpClient http, String base, long id) throws Exception {
        String body = get(http, base + "filter=" + enc("id:lte:" + id) + "&filter=" + enc("id:gt:" + (id - 50))
                + "&sort=id&limit=10");
        int at = body.indexOf("\"nextCursor\":\"");
        if (at < 0) {
            throw new IllegalStateException("no cursor in " + body.substring(0, Math.min(300, body.length())));
        }
        return body.substring(at + 14, body.indexOf('"', at + 14));
    }

    /**
     * Each path timed in turn within every run, so that a busy moment of the machine falls on all of them alike
     * rather than on whichever was being measured then.
     */
    private static Latencies[] interleaved(Callable<?>... calls) throws Exception {
        Latencies[] times = new Latencies[calls.length];
        for (int c = 0; c < calls.length; c++) {
            times[c] = new Latencies();
        }
        for (int i = 0; i < WARMUP + RUNS; i++) {
            for (int c = 0; c < calls.length; c++) {
                long t0 = System.nanoTime();
                calls[c].call();
                if (i >= WARMUP) {
                    times[c].add(System.nanoTime() - t0);
                }
            }
        }
        return times;
    }

    /** A query string's parameters, decoded, as a controller receives them. */
    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.computeIfAbsent(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    k -> new ArrayList<>()).add(java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + url + ": " + r.body());
        }
        return r.body();
    }

    private static int sql(Connection c, String sql, Object[] params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
