package io.jingchu.bench;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.identifier.IdentifierApi;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Identifier resolution over HTTP on loopback: {@code GET /api/handles/{prefix}/{code}} for resources picked at
 * random, beside the limit measured in the same run, a plain JSON endpoint of the hub that also reads one row by
 * its key ({@code GET /api/v1/regions/{code}}, a division of Hubei). Several clients at once, each request timed;
 * the two endpoints alternate in rounds so that a noisy neighbour weighs on both alike. On the embedded default
 * (H2 file).
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.IdentifierBench
 * -Dexec.args="500 20000 4"} (published resources, requests per endpoint, clients).
 */
public final class IdentifierBench {

    private static final int ROUNDS = 4;
    private static final List<String> DIVISIONS = List.of("420000000000", "420500000000", "420506000000",
            "420100000000", "420502000000", "420503000000");

    record Result(Latencies latencies, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path dir = Files.createTempDirectory("bench-identifier");
        ConfigurableApplicationContext hub = DataBench.startHub(dir);
        try {
            DataBench.Setup setup = DataBench.setUp(hub, null, dir, null);
            IdentifierApi identifiers = hub.getBean(IdentifierApi.class);
            List<String> handles = new ArrayList<>();
            for (int i = 0; i < resources; i++) {
                DataResource r = DataBench.register(setup, String.format("bench-id-%06d", i), CsvCorpus.ENTERPRISE);
                handles.add(identifiers.handleOf(r.code()));
            }
            awaitLedgerIndexes(identifiers, handles);
            String base = "http://localhost:" + ((WebServerApplicationContext) hub).getWebServer().getPort();
            System.out.printf("Identifier resolution: %,d resources, %,d requests per endpoint in %d rounds, %d clients,"
                    + " %d cores%n%n", resources, requests, ROUNDS, clients, Runtime.getRuntime().availableProcessors());

            HttpClient http = HttpClient.newHttpClient();
            IntFunction<String> plain = i -> base + "/api/v1/regions/" + DIVISIONS.get(i % DIVISIONS.size());
            IntFunction<String> resolve = i -> base + "/api/handles/" + handles.get(i % handles.size());
            run(http, plain, Math.min(requests, 2_000), clients); // warm-up
            run(http, resolve, Math.min(requests, 2_000), clients);
            Latencies plainTimes = new Latencies();
            Latencies resolveTimes = new Latencies();
            double plainSeconds = 0;
            double resolveSeconds = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Result p = run(http, plain, requests / ROUNDS, clients);
                Result h = run(http, resolve, requests / ROUNDS, clients);
                plainTimes.addAll(p.latencies());
                resolveTimes.addAll(h.latencies());
                plainSeconds += p.seconds();
                resolveSeconds += h.seconds();
            }
            double plainRate = plainTimes.count() / plainSeconds;
            double resolveRate = resolveTimes.count() / resolveSeconds;
            System.out.println("| endpoint | requests/s | p50 ms | p99 ms | plain ÷ this (requests/s) |");
            System.out.println("| --- | --- | --- | --- | --- |");
            line("plain JSON: GET /api/v1/regions/{code} (the limit)", plainRate, plainTimes, plainRate);
            line("resolution: GET /api/handles/{prefix}/{code}", resolveRate, resolveTimes, plainRate);
        } finally {
            hub.close();
        }
    }

    /** Resolves every handle once, so that the ledger indexes are found and kept before timing starts. */
    private static void awaitLedgerIndexes(IdentifierApi identifiers, List<String> handles) throws Exception {
        for (String handle : handles) {
            String[] parts = handle.split("/", 2);
            while (identifiers.resolve(parts[0], parts[1]).orElseThrow().ledgerIndex() == null) {
                Thread.sleep(20);
            }
        }
    }

    /** {@code count} GETs shared among the clients, each timed; the seconds are the wall time of all of them. */
    private static Result run(HttpClient http, IntFunction<String> url, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Latencies>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(client);
                    Latencies latencies = new Latencies();
                    for (int i = client; i < count; i += clients) {
                        String target = url.apply(random.nextInt(1 << 20));
                        long started = System.nanoTime();
                        QueryBench.get(http, target);
                        latencies.add(System.nanoTime() - started);
                    }
                    return latencies;
                }));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> f : futures) {
                all.addAll(f.get());
            }
            return new Result(all, (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void line(String name, double rate, Latencies l, double plainRate) {
        System.out.printf("| %s | %,.0f | %.2f | %.2f | %.2f× |%n", name, rate, l.percentileMillis(50),
                l.percentileMillis(99), plainRate / rate);
    }
}
