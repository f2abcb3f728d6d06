package io.jingchu.bench;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.catalog.search.LuceneResourceIndex;
import io.jingchu.hub.catalog.search.SearchScope;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Catalog search at scale: the hub's Lucene index against PostgreSQL full-text search over the same
 * records, each answering the same public searches the portal makes (top 20 by relevance, exact total,
 * counts for every facet), measured in one run.
 *
 * <p>PostgreSQL has no Chinese parser built in; the baseline indexes text pre-segmented by the same
 * SmartChinese analyzer (what zhparser would do inside the server), in a GIN-indexed tsvector with
 * title weighted A.
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.CatalogSearchBench
 * -Dexec.args="100000 3000"} (resources, queries per engine).
 */
public final class CatalogSearchBench {

    private static final String[] TERMS = {"公交", "空气质量", "企业登记", "医疗机构", "学校", "行政处罚", "养老",
        "景区", "价格", "交通", "许可", "统计", "水质", "停车场", "气象", "财政预算", "社会组织", "招聘", "地址", "药品",
        "宜昌市 公交", "武汉市 企业", "湖北省 统计", "信用", "应急避难", ""};

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        System.out.printf("Catalog search: %,d resources, %,d queries per engine, %d cores%n", count, queries,
                Runtime.getRuntime().availableProcessors());
        List<DataResource> corpus = BenchCorpus.resources(count, 42);

        Path dir = Files.createTempDirectory("bench-index");
        try (LuceneResourceIndex index = new LuceneResourceIndex(dir);
             EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             Connection c = pg.getPostgresDatabase().getConnection()) {
            long t0 = System.nanoTime();
            index.rebuild(sink -> corpus.forEach(sink));
            double luceneLoad = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            loadPostgres(c, corpus);
            double pgLoad = (System.nanoTime() - t0) / 1e9;
            System.out.printf("indexing: Lucene %.1f s, PostgreSQL %.1f s%n", luceneLoad, pgLoad);

            Latencies lucene = new Latencies();
            Latencies postgres = new Latencies();
            // warm both up, then alternate engines per query so both see the same machine noise
            for (int i = 0; i < 300; i++) {
                runLucene(index, i);
                runPostgres(c, i);
            }
            long luceneHits = 0;
            long pgHits = 0;
            for (int i = 0; i < queries; i++) {
                long s = System.nanoTime();
                luceneHits += runLucene(index, i);
                lucene.add(System.nanoTime() - s);
                s = System.nanoTime();
                pgHits += runPostgres(c, i);
                postgres.add(System.nanoTime() - s);
            }
            System.out.println();
            System.out.println("| engine | p50 ms | p99 ms | mean ms | total hits counted |");
            System.out.println("| --- | --- | --- | --- | --- |");
            row("hub (Lucene, SmartChinese)", lucene, luceneHits);
            row("PostgreSQL FTS (GIN, pre-segmented)", postgres, pgHits);
            System.out.printf("%nratio PostgreSQL/hub: p50 %.1f×, p99 %.1f×%n",
                    postgres.percentileMillis(50) / lucene.percentileMillis(50),
                    postgres.percentileMillis(99) / lucene.percentileMillis(99));
        }
    }

    private static void row(String name, Latencies l, long hits) {
        System.out.printf("| %s | %.2f | %.2f | %.2f | %,d |%n", name, l.percentileMillis(50), l.percentileMillis(99),
                l.meanMillis(), hits);
    }

    private static long runLucene(LuceneResourceIndex index, int i) {
        SearchQuery q = new SearchQuery(TERMS[i % TERMS.length], Map.of(), List.of(Facet.values()),
                SearchQuery.Sort.RELEVANCE, 0, 20);
        SearchResult r = index.search(q, SearchScope.PUBLIC);
        return r.total();
    }

    private static final String FACETS = "SELECT theme, grade, opening, sharing, level, org_id, division_code, "
            + "high_quality, count(*) FROM doc WHERE %s GROUP BY GROUPING SETS "
            + "((theme), (grade), (opening), (sharing), (level), (org_id), (division_code), (high_quality))";

    private static long runPostgres(Connection c, int i) {
        String text = segment(TERMS[i % TERMS.length]);
        String scope = "state = 'PUBLISHED' AND opening <> 'NONE'";
        String match = text.isBlank() ? scope : scope + " AND tsv @@ plainto_tsquery('simple', ?)";
        try {
            long total;
            try (PreparedStatement top = c.prepareStatement("SELECT id, code, title, "
                    + (text.isBlank() ? "0" : "ts_rank(tsv, plainto_tsquery('simple', ?))")
                    + " AS rank FROM doc WHERE " + match + " ORDER BY rank DESC, code LIMIT 20")) {
                if (!text.isBlank()) {
                    top.setString(1, text);
                    top.setString(2, text);
                }
                drain(top);
            }
            try (PreparedStatement n = c.prepareStatement("SELECT count(*) FROM doc WHERE " + match)) {
                if (!text.isBlank()) {
                    n.setString(1, text);
                }
                try (ResultSet rs = n.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement f = c.prepareStatement(FACETS.formatted(match))) {
                if (!text.isBlank()) {
                    f.setString(1, text);
                }
                drain(f);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drain(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static void loadPostgres(Connection c, List<DataResource> corpus) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS doc");
            s.execute("""
                    CREATE TABLE doc (id BIGINT PRIMARY KEY, code TEXT, title TEXT, theme TEXT, grade TEXT,
                      opening TEXT, sharing TEXT, state TEXT, level TEXT, org_id BIGINT, division_code TEXT,
                      high_quality BOOLEAN, tsv TSVECTOR)""");
        }
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO doc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,"
                + "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))")) {
            int n = 0;
            for (DataResource r : corpus) {
                insert.setLong(1, r.id());
                insert.setString(2, r.code());
                insert.setString(3, r.title());
                insert.setString(4, r.theme().name());
                insert.setString(5, r.grade().name());
                insert.setString(6, r.opening().attribute().name());
                insert.setString(7, r.sharing().attribute().name());
                insert.setString(8, r.state().name());
                insert.setString(9, r.level().name());
                insert.setLong(10, r.organizationId());
                insert.setString(11, r.divisionCode());
                insert.setBoolean(12, r.highQuality());
                insert.setString(13, segment(r.title() + " " + String.join(" ", r.keywords())));
                StringJoiner rest = new StringJoiner(" ");
                rest.add(r.description() == null ? "" : r.description()).add(r.organizationName());
                for (FieldSpec f : r.fields()) {
                    rest.add(f.label());
                }
                insert.setString(14, segment(rest.toString()));
                insert.addBatch();
                if (++n % 5_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        c.commit();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX doc_tsv ON doc USING GIN (tsv)");
            s.execute("CREATE INDEX doc_scope ON doc (state, opening)");
            s.execute("ANALYZE doc");
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** Text split into SmartChinese tokens separated by spaces, as a Chinese text-search parser would. */
    static String segment(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("t", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return String.join(" ", tokens);
    }
}
