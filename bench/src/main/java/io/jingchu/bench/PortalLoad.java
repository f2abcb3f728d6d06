package io.jingchu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load generator of {@link PortalBench}, run as its own {@code java} process so that the client's work
 * does not share the hub's heap and threads. Each client thread keeps its connection alive and asks every
 * address in turn, so pages and API answers see the same moment of the machine. Prints one line per address:
 * {@code path<TAB>count<TAB>p50<TAB>p99<TAB>mean} (milliseconds).
 *
 * <p>Arguments: base address, requests per address per thread, warm-up rounds, threads, then the addresses.
 */
public final class PortalLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        List<String> paths = List.of(args).subList(4, args.length);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Latencies>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            parts.add(pool.submit(() -> client(base, paths, rounds, warmUp, offset)));
        }
        List<Latencies> all = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            all.add(new Latencies());
        }
        for (Future<List<Latencies>> part : parts) {
            List<Latencies> mine = part.get();
            for (int i = 0; i < paths.size(); i++) {
                all.get(i).addAll(mine.get(i));
            }
        }
        pool.shutdown();
        for (int i = 0; i < paths.size(); i++) {
            Latencies l = all.get(i);
            System.out.printf("%s\t%d\t%.3f\t%.3f\t%.3f%n", paths.get(i), l.count(), l.percentileMillis(50),
                    l.percentileMillis(99), l.meanMillis());
        }
    }

    private static List<Latencies> client(String base, List<String> paths, int rounds, int warmUp, int offset)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<HttpRequest> requests = paths.stream().map(p -> HttpRequest.newBuilder(URI.create(base + p))
                .header("Accept", p.startsWith("/api/") ? "application/json" : "text/html").GET().build()).toList();
        List<Latencies> latencies = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            latencies.add(new Latencies());
        }
        for (int round = 0; round < warmUp + rounds; round++) {
            for (int k = 0; k < requests.size(); k++) {
                // each thread starts the cycle at a different address, so the mix on the server stays even
                int i = (k + offset + round) % requests.size();
                long s = System.nanoTime();
                HttpResponse<byte[]> r = http.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
                long elapsed = System.nanoTime() - s;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(paths.get(i) + " answered " + r.statusCode());
                }
                if (round >= warmUp) {
                    latencies.get(i).add(elapsed);
                }
            }
        }
        return latencies;
    }
}
