package io.jingchu.bench;

import io.jingchu.hub.HubApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal's pages against the JSON API serving the same content, in one run: the home page beside the
 * public search it is drawn from (the newest eight with every facet's counts; the ledger's statistics API is for
 * the bureau and publishers only, the home page is public), a search page beside the search API, a dataset's page beside the resource and its first page of
 * rows. The hub runs here with the demo ledger loaded; the load comes from a second {@code java} process
 * ({@link PortalLoad}) over loopback with keep-alive, so the client's times are the server's plus the loopback.
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.PortalBench
 * -Dexec.args="500 4"} (requests per address per client thread, client threads).
 */
public final class PortalBench {

    private static final String DATASET = "yc-jtysj-bus-stops";
    private static final String TERM = URLEncoder.encode("公交", StandardCharsets.UTF_8);

    /** Each page and the API answers that carry the same content. */
    private static final Map<String, List<String>> PAIRS = Map.of(
            "/", List.of("/api/v1/resources?sort=updated&limit=8"),
            "/search?q=" + TERM, List.of("/api/v1/resources?q=" + TERM),
            "/datasets/" + DATASET, List.of("/api/v1/resources/" + DATASET,
                    "/api/v1/resources/" + DATASET + "/rows?limit=20"));
    private static final List<String> PAGES = List.of("/", "/search?q=" + TERM, "/datasets/" + DATASET);
    private static final List<String> NAMES = List.of("home", "search 公交", "dataset " + DATASET);

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dir = Files.createTempDirectory("bench-portal");
        ConfigurableApplicationContext hub = SpringApplication.run(HubApplication.class,
                "--jingchu.data-dir=" + dir.resolve("hub"), "--server.port=0", "--jingchu.demo=true",
                "--logging.level.root=WARN", "--jingchu.access.anonymous-per-minute=100000000",
                "--jingchu.access.anonymous-per-day=100000000");
        try {
            long t0 = System.nanoTime();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("demo-ledger")) {
                    t.join();
                }
            }
            System.out.printf("Demo ledger loaded in %.0f s; %d cores, %d client threads × %d requests per address%n",
                    (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(), threads, rounds);
            String port = hub.getEnvironment().getProperty("local.server.port");
            Map<String, double[]> figures = load("http://127.0.0.1:" + port, rounds, threads);
            print(figures);
        } finally {
            hub.close();
        }
    }

    /** Runs {@link PortalLoad} as a child process and reads its p50, p99 and mean per address. */
    private static Map<String, double[]> load(String base, int rounds, int threads) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of(PortalLoad.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                PortalLoad.class.getName(), base, Integer.toString(rounds), Integer.toString(Math.max(20, rounds / 5)),
                Integer.toString(threads)));
        for (String page : PAGES) {
            command.add(page);
            command.addAll(PAIRS.get(page));
        }
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, double[]> figures = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] cells = line.split("\t");
                figures.put(cells[0], new double[] {Double.parseDouble(cells[2]), Double.parseDouble(cells[3]),
                    Double.parseDouble(cells[4])});
            }
        }
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the load generator failed");
        }
        return figures;
    }

    private static void print(Map<String, double[]> f) {
        System.out.println();
        System.out.println("| page | page p50 ms | page p99 ms | API answers | API p50 ms | API p99 ms | page/API p50 | page/API p99 |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int i = 0; i < PAGES.size(); i++) {
            double[] page = f.get(PAGES.get(i));
            double apiP50 = 0;
            double apiP99 = 0;
            // a page that needs two API answers is compared with both asked one after the other
            for (String api : PAIRS.get(PAGES.get(i))) {
                apiP50 += f.get(api)[0];
                apiP99 += f.get(api)[1];
            }
            System.out.printf("| %s | %.2f | %.2f | %s | %.2f | %.2f | %.1f× | %.1f× |%n", NAMES.get(i), page[0], page[1],
                    String.join(" + ", PAIRS.get(PAGES.get(i))), apiP50, apiP99, page[0] / apiP50, page[1] / apiP99);
        }
        System.out.println();
        System.out.println("| address | p50 ms | p99 ms | mean ms |");
        System.out.println("| --- | --- | --- | --- |");
        for (String page : PAGES) {
            for (String a : concat(page, PAIRS.get(page))) {
                System.out.printf("| `%s` | %.2f | %.2f | %.2f |%n", a, f.get(a)[0], f.get(a)[1], f.get(a)[2]);
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
