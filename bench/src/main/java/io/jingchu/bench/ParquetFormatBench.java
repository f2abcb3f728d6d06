package io.jingchu.bench;

import io.jingchu.hub.ingest.DatasetVersion;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * The same rows written as Parquet's first format version (DuckDB's default) and as the second (how versions are
 * written, decision 0009), then the query benchmark's four queries on each file, run by DuckDB alone, the two
 * files in turn within each run.
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.ParquetFormatBench
 * -Dexec.args="10000000"}.
 */
public final class ParquetFormatBench {

    private static final int WARMUP = 5;
    private static final int RUNS = 40;

    private ParquetFormatBench() {
    }

    private record Query(String name, String sql, Object[] params) {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000;
        Path dir = Files.createTempDirectory("bench-parquet");
        Path csv = dir.resolve("enterprises.csv");
        CsvCorpus.enterprises(csv, rows, 42);
        Path v1 = dir.resolve("v1.parquet");
        Path v2 = dir.resolve("v2.parquet");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("SET parquet_metadata_cache = true");
            s.execute("CREATE TABLE typed AS SELECT * FROM read_csv('" + csv + "', header = true, auto_detect = false,"
                    + " columns = {'id': 'BIGINT', 'credit_code': 'VARCHAR', 'name': 'VARCHAR', 'county': 'VARCHAR',"
                    + " 'industry': 'VARCHAR', 'capital': 'DECIMAL(18,6)', 'employees': 'BIGINT', 'founded': 'DATE',"
                    + " 'checked_at': 'TIMESTAMP', 'longitude': 'DECIMAL(18,6)', 'latitude': 'DECIMAL(18,6)',"
                    + " 'active': 'BOOLEAN'})");
            double write1 = seconds(s, "COPY typed TO '" + v1 + "' (FORMAT parquet, COMPRESSION zstd)");
            double write2 = seconds(s, "COPY typed TO '" + v2 + "' " + DatasetVersion.PARQUET_OPTIONS);
            s.execute("DROP TABLE typed");
            System.out.printf("%n%,d rows × 12 columns, written from a table in memory%n%n", rows);
            System.out.println("| file | write s | MB |");
            System.out.println("| --- | --- | --- |");
            System.out.printf("| format version 1 (DuckDB's default) | %.1f | %d |%n", write1, Files.size(v1) >> 20);
            System.out.printf("| format version 2 (versions) | %.1f | %d |%n", write2, Files.size(v2) >> 20);

            long deep = rows / 10 * 9;
            List<Query> queries = List.of(
                    new Query("point filter (credit code = …), page of 20",
                            "SELECT * FROM %s WHERE credit_code = ? LIMIT 20", new Object[] {"91420500MA04567890"}),
                    new Query("first page, nothing filtered", "SELECT * FROM %s LIMIT 20", new Object[0]),
                    new Query("range filter, sorted, page of 50",
                            "SELECT * FROM %s WHERE capital BETWEEN CAST(? AS DECIMAL(18,6)) AND CAST(? AS"
                                    + " DECIMAL(18,6)) ORDER BY capital DESC, id LIMIT 50",
                            new Object[] {new BigDecimal(5000), new BigDecimal(5100)}),
                    new Query("group-by aggregate", "SELECT county, count(*), avg(capital) FROM %s GROUP BY county",
                            new Object[0]),
                    new Query("deep keyset page", "SELECT * FROM %s WHERE id > ? ORDER BY id LIMIT 50",
                            new Object[] {deep}));
            System.out.printf("%nDuckDB alone, %d runs each after %d warm-up runs, the two files in turn%n%n", RUNS,
                    WARMUP);
            System.out.println("| query | version 1 p50 / p99 ms | version 2 p50 / p99 ms | 1 ÷ 2 (p50) |");
            System.out.println("| --- | --- | --- | --- |");
            for (Query q : queries) {
                Latencies first = new Latencies();
                Latencies second = new Latencies();
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    long a = time(duck, q.sql().formatted(file(v1)), q.params());
                    long b = time(duck, q.sql().formatted(file(v2)), q.params());
                    if (i >= WARMUP) {
                        first.add(a);
                        second.add(b);
                    }
                }
                System.out.printf("| %s | %.1f / %.1f | %.1f / %.1f | %.2f× |%n", q.name(), first.percentileMillis(50),
                        first.percentileMillis(99), second.percentileMillis(50), second.percentileMillis(99),
                        first.percentileMillis(50) / second.percentileMillis(50));
            }
        }
    }

    private static String file(Path parquet) {
        return "read_parquet('" + parquet + "')";
    }

    private static double seconds(Statement s, String sql) throws Exception {
        long t0 = System.nanoTime();
        s.execute(sql);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long time(Connection c, String sql, Object[] params) throws Exception {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
        return System.nanoTime() - t0;
    }
}
