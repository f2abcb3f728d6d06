package io.jingchu.bench;

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
import io.jingchu.hub.demo.DemoResource;
import io.jingchu.hub.ingest.DatasetVersions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole of a Yichang-scale open-data platform: 1,912 datasets with the varied schemas of the demo's
 * dataset templates, 189 million rows in all (a few very large datasets, many small ones, as on real
 * platforms), each generated as a CSV and loaded through the same load path users take. Reports the total
 * load time, the disk size of the published versions, and then query latencies over the loaded corpus.
 * Generation of the next file overlaps the load of the previous one.
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.YichangCorpusBench
 * -Dexec.args="1912 189000000"}.
 */
public final class YichangCorpusBench {

    private record Planned(DataResource resource, long rows, Path csv) {
    }

    public static void main(String[] args) throws Exception {
        int datasets = args.length > 0 ? Integer.parseInt(args[0]) : 1_912;
        long totalRows = args.length > 1 ? Long.parseLong(args[1]) : 189_000_000L;
        long[] sizes = sizes(datasets, totalRows, 2026);
        Path dir = Files.createTempDirectory("bench-yichang");
        ConfigurableApplicationContext hub = DataBench.startHub(dir);
        try (var pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
            DataBench.Setup setup = DataBench.setUp(hub, pg, dir, null);
            List<DemoResource> drafts = BenchCorpus.drafts(datasets, 11);
            List<DataResource> resources = new ArrayList<>();
            for (int i = 0; i < datasets; i++) {
                resources.add(register(setup, drafts.get(i).draft(), i));
            }
            System.out.printf("Yichang-scale corpus: %,d datasets, %,d rows planned; largest %,d, median %,d rows%n",
                    datasets, java.util.Arrays.stream(sizes).sum(), sizes[0], sizes[datasets / 2]);
            BlockingQueue<Planned> ready = new ArrayBlockingQueue<>(2);
            Thread generator = new Thread(() -> {
                try {
                    for (int i = 0; i < datasets; i++) {
                        Path csv = dir.resolve("d" + i + ".csv");
                        CsvCorpus.rows(csv, resources.get(i).fields(), sizes[i], i);
                        ready.put(new Planned(resources.get(i), sizes[i], csv));
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, "corpus-generator");
            generator.start();
            long t0 = System.nanoTime();
            double loadSeconds = 0;
            long loadedRows = 0;
            for (int i = 0; i < datasets; i++) {
                Planned next = ready.take();
                loadSeconds += DataBench.hubLoad(setup, next.resource().code(), next.csv());
                loadedRows += next.rows();
                Files.delete(next.csv());
                if ((i + 1) % 200 == 0) {
                    System.out.printf("  %,d datasets, %,d rows loaded%n", i + 1, loadedRows);
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            DatasetVersions versions = hub.getBean(DatasetVersions.class);
            long published = 0;
            for (DataResource r : resources) {
                published += versions.latest(r.code()).orElseThrow().rowCount();
            }
            System.out.println();
            System.out.println("| datasets | rows | load time (sum of jobs) | wall time incl. generating CSV | rows/s (loads) |"
                    + " Parquet on disk | CSV equivalent |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            System.out.printf("| %,d | %,d | %.0f s | %.0f s | %,.0f | %s | — |%n", datasets, published, loadSeconds,
                    wall, published / loadSeconds, human(size(dir.resolve("hub/datasets"))));
            QueryBench.corpus(hub, resources);
        } finally {
            hub.close();
        }
    }

    private static DataResource register(DataBench.Setup setup, ResourceDraft d, int i) {
        List<FieldSpec> fields = d.fields();
        ResourceDraft open = new ResourceDraft("yc-" + i, d.title(), d.description(), setup.publisher().organizationId(),
                d.theme(), d.keywords(), fields, d.updateFrequency(), d.licence(), d.contact(), SecurityGrade.GENERAL,
                Sensitivity.L1, new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null),
                d.holdsPersonalInformation() ? new OpeningTerms(OpeningAttribute.CONDITIONAL, "经审核用于科研或公共服务", null)
                        : new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null), false);
        CatalogApi catalog = setup.hub().getBean(CatalogApi.class);
        DataResource r = catalog.register(setup.publisher(), open);
        r = catalog.submit(setup.publisher(), r.code(), r.version());
        return catalog.publish(setup.admin(), r.code(), r.version());
    }

    /** Row counts: log-normal, largest first, scaled to the total; every dataset has at least 50 rows. */
    static long[] sizes(int n, long total, long seed) {
        Random random = new Random(seed);
        double[] raw = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            raw[i] = Math.exp(random.nextGaussian() * 2.2);
            sum += raw[i];
        }
        java.util.Arrays.sort(raw);
        long[] sizes = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            sizes[i] = Math.max(50, Math.round(raw[n - 1 - i] / sum * total));
            assigned += sizes[i];
        }
        sizes[0] += total - assigned;
        return sizes;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static String human(long bytes) {
        return bytes > 1L << 30 ? String.format("%.2f GiB", bytes / (double) (1L << 30))
                : String.format("%.1f MiB", bytes / (double) (1L << 20));
    }
}
