package io.jingchu.client;

import io.jingchu.client.ledger.LogReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Client of the hub's REST API under {@code /api/v1}, over {@link java.net.http.HttpClient}. Immutable and
 * safe to share between threads. Calls are made as the bearer token given, or anonymously without one.
 *
 * <p>Every method either returns what the hub answered, or throws {@link JingchuException} when the hub
 * refused (with its problem document) or {@link HubUnreachableException} when it could not be reached.
 *
 * <pre>{@code
 * JingchuClient hub = JingchuClient.builder("http://localhost:8080").token(token).build();
 * SearchPage page = hub.searchResources(SearchRequest.builder().text("企业登记").theme("MARKET_REGULATION").build());
 * }</pre>
 */
public final class JingchuClient {

    private static final String JSON = "application/json";
    private static final String JSON_OR_PROBLEM = JSON + ", application/problem+json";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** One chunk of an upload may take a while on a slow line. */
    private static final Duration CHUNK_TIMEOUT = Duration.ofMinutes(10);
    /** The hub keeps an event stream alive with comments; this long without a line, the stream is given up. */
    private static final Duration EVENT_STREAM_IDLE = Duration.ofSeconds(90);
    /** How many polls of a job in a row may fail (hub restarting, network gone) before following gives up. */
    private static final int POLL_FAILURES_TOLERATED = 10;
    /** How much of a refusal to a streamed call is read to report it. */
    private static final int MAX_PROBLEM_BYTES = 64 * 1024;
    /** Entries per request when reading a resource's ledger entries. */
    private static final int LEDGER_PAGE = 1000;

    private final URI baseUrl;
    private final String token;
    private final String language;
    private final HttpClient http;
    private final Duration pollInterval;

    private JingchuClient(URI baseUrl, String token, String language, HttpClient http, Duration pollInterval) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.language = language;
        this.http = http;
        this.pollInterval = pollInterval;
    }

    /** A client of the hub at this address (such as {@code http://localhost:8080}). */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** The same hub, called as the holder of another token (or anonymously when null). */
    public JingchuClient withToken(String otherToken) {
        return new JingchuClient(baseUrl, otherToken, language, http, pollInterval);
    }

    // ---- identity ----------------------------------------------------------------------------------------

    /**
     * Creates an API token by logging in with a password (HTTP Basic). The token is in the answer and
     * nowhere else.
     *
     * @param expiresAt null for a token that does not expire
     */
    public IssuedToken createToken(String username, String password, String name, Instant expiresAt) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("name", name);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return read(send("POST", path("auth", "tokens"), List.of(), body, "Basic " + credentials), IssuedToken.class);
    }

    /** Revokes one of the caller's tokens (an administrator may revoke anyone's). */
    public void revokeToken(long id) {
        call("DELETE", path("auth", "tokens", Long.toString(id)), List.of(), null);
    }

    /** Who the token belongs to. */
    public User me() {
        return read(call("GET", path("me"), List.of(), null), User.class);
    }

    public List<Organization> organizations() {
        return read(call("GET", path("organizations"), List.of(), null), new TypeReference<List<Organization>>() {
        });
    }

    // ---- regions -----------------------------------------------------------------------------------------

    /** The provinces loaded in the hub. */
    public List<Division> regions() {
        return divisions(path("regions"), List.of());
    }

    public Division region(String code) {
        return read(call("GET", path("regions", code), List.of(), null), Division.class);
    }

    /** The divisions directly below, ordered by code. */
    public List<Division> children(String code) {
        return divisions(path("regions", code, "children"), List.of());
    }

    /** From the province down to the direct parent; empty for a province. */
    public List<Division> ancestors(String code) {
        return divisions(path("regions", code, "ancestors"), List.of());
    }

    /** Divisions whose name contains the text or whose code starts with it, at most the hub's default count. */
    public List<Division> searchRegions(String text) {
        return divisions(path("regions"), List.of(Map.entry("q", text)));
    }

    public List<Division> searchRegions(String text, int limit) {
        return divisions(path("regions"), List.of(Map.entry("q", text), Map.entry("limit", Integer.toString(limit))));
    }

    private List<Division> divisions(String path, List<Map.Entry<String, String>> query) {
        return read(call("GET", path, query, null), new TypeReference<List<Division>>() {
        });
    }

    // ---- catalog -----------------------------------------------------------------------------------------

    public SearchPage searchResources(SearchRequest request) {
        JsonNode page = call("GET", path("resources"), request.queryParameters(), null);
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode hit : page.path("hits")) {
            Map<String, String> highlights = new LinkedHashMap<>();
            hit.path("highlights").forEachEntry((member, snippet) -> highlights.put(member, snippet.asString()));
            hits.add(new SearchHit(Json.read(hit.path("resource"), Resource.class), hit.path("score").asDouble(),
                    highlights));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        page.path("facets").forEachEntry((facet, counts) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            counts.forEachEntry((value, count) -> values.put(value, count.asLong()));
            facets.put(facet, values);
        });
        return new SearchPage(page.path("total").asLong(), page.path("offset").asInt(), page.path("limit").asInt(),
                hits, facets, page);
    }

    /** One resource, if the caller may see it ({@code RESOURCE_NOT_FOUND} otherwise). */
    public Resource resource(String code) {
        return read(call("GET", path("resources", code), List.of(), null), Resource.class);
    }

    /** Registers a resource as a draft; the body has the hub's ResourceDraft shape. */
    public Resource createResource(JsonNode draft) {
        return read(call("POST", path("resources"), List.of(), draft), Resource.class);
    }

    public Resource createResource(ResourceDraft draft) {
        return createResource(Json.MAPPER.<JsonNode>valueToTree(draft));
    }

    /**
     * Replaces a resource's writable members. Fails with {@code CONCURRENT_MODIFICATION} when the resource
     * is no longer at {@code version}.
     */
    public Resource updateResource(String code, long version, JsonNode draft) {
        if (!draft.isObject()) {
            throw new IllegalArgumentException("a resource draft is a JSON object");
        }
        ObjectNode body = (ObjectNode) draft.deepCopy();
        body.put("version", version);
        return read(call("PUT", path("resources", code), List.of(), body), Resource.class);
    }

    public Resource updateResource(String code, long version, ResourceDraft draft) {
        return updateResource(code, version, Json.MAPPER.<JsonNode>valueToTree(draft));
    }

    public Resource submit(String code, long version) {
        return transition(code, Transition.SUBMIT, version, null);
    }

    public Resource publish(String code, long version) {
        return transition(code, Transition.PUBLISH, version, null);
    }

    public Resource reject(String code, long version, String reason) {
        return transition(code, Transition.REJECT, version, reason);
    }

    public Resource retire(String code, long version, String reason) {
        return transition(code, Transition.RETIRE, version, reason);
    }

    /** Moves a resource along its lifecycle; the reason is required to reject and optional otherwise. */
    public Resource transition(String code, Transition transition, long version, String reason) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("version", version);
        if (reason != null) {
            body.put("reason", reason);
        }
        return read(call("POST", path("resources", code, transition.pathSegment()), List.of(), body),
                Resource.class);
    }

    /** Its changes, oldest first. */
    public List<ResourceChange> history(String code) {
        return read(call("GET", path("resources", code, "history"), List.of(), null),
                new TypeReference<List<ResourceChange>>() {
                });
    }

    /** "一本账" figures for a division and everything below it, or the whole ledger when null. */
    public LedgerStatistics statistics(String divisionCode) {
        List<Map.Entry<String, String>> query = divisionCode == null ? List.of()
                : List.of(Map.entry("division", divisionCode));
        return Json.read(call("GET", path("statistics"), query, null), LedgerStatistics.class);
    }

    // ---- the audit ledger ------------------------------------------------------------------------------------

    /** The latest signed checkpoint of the audit ledger, as the hub serves it (not yet verified). */
    public String ledgerCheckpoint() {
        return text(path("ledger", "checkpoint"));
    }

    /** The ledger's public keys in the signed-note verifier key form, as the hub serves them. */
    public List<String> ledgerKeys() {
        return text(path("ledger", "keys")).lines().filter(line -> !line.isBlank()).toList();
    }

    /** The ledger's origin, as the hub serves it. */
    public String ledgerOrigin() {
        return call("GET", path("ledger"), List.of(), null).path("origin").asString();
    }

    /** The hub's audit ledger as a {@link LogReader}, for a {@link io.jingchu.client.ledger.LedgerVerifier}. */
    public LogReader ledger() {
        return new LogReader() {
            @Override
            public String checkpoint() {
                return ledgerCheckpoint();
            }

            @Override
            public Inclusion inclusion(long index, long treeSize) {
                JsonNode proof = call("GET", path("ledger", "proofs", "inclusion"), List.of(
                        Map.entry("index", Long.toString(index)), Map.entry("treeSize", Long.toString(treeSize))),
                        null);
                return new Inclusion(proof.path("treeSize").asLong(), hashes(proof.path("hashes")),
                        entry(proof.path("entry")));
            }

            @Override
            public List<byte[]> consistency(long first, long second) {
                return hashes(call("GET", path("ledger", "proofs", "consistency"), List.of(
                        Map.entry("first", Long.toString(first)), Map.entry("second", Long.toString(second))), null)
                        .path("hashes"));
            }

            @Override
            public List<Entry> entriesOf(String resourceCode) {
                List<Entry> entries = new ArrayList<>();
                for (int offset = 0; ; offset += LEDGER_PAGE) {
                    JsonNode page = call("GET", path("ledger", "entries"), List.of(Map.entry("resource", resourceCode),
                            Map.entry("offset", Integer.toString(offset)),
                            Map.entry("limit", Integer.toString(LEDGER_PAGE))), null);
                    page.forEach(node -> entries.add(entry(node)));
                    if (page.size() < LEDGER_PAGE) {
                        return entries;
                    }
                }
            }
        };
    }

    private static LogReader.Entry entry(JsonNode node) {
        return new LogReader.Entry(node.path("index").asLong(), node.path("entry").asString());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asString())));
        return hashes;
    }

    /** A plain-text answer, UTF-8. */
    private String text(String path) {
        HttpRequest request = request(path, List.of(), "text/plain, application/problem+json", REQUEST_TIMEOUT).GET()
                .build();
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw Problems.from(response);
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    // ---- uploads -----------------------------------------------------------------------------------------

    /**
     * Announces a file to upload in chunks. {@link ResumableUpload} does the whole upload, resuming where it
     * stopped; these calls are its parts.
     *
     * @param sha256 the lowercase hex SHA-256 of the whole file, which the hub checks once it has every byte;
     *     null not to have it checked
     */
    public Upload createUpload(String filename, long size, String sha256) {
        if (size < 0) {
            throw new IllegalArgumentException("size cannot be negative: " + size);
        }
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("filename", Objects.requireNonNull(filename, "filename"))
                .put("size", size);
        if (sha256 != null) {
            body.put("sha256", sha256);
        }
        return read(call("POST", path("uploads"), List.of(), body), Upload.class);
    }

    /**
     * Sends the next {@code length} bytes of an upload, read from {@code data} as they are sent (never held
     * whole). {@code data} must have at least that many bytes; it is left open. The chunk must start where
     * the hub's upload ends: otherwise the hub refuses it with {@link UploadOffsetMismatchException}, which
     * tells where to continue.
     *
     * @param offset where the chunk starts in the file: the upload's {@code received}
     */
    public Upload uploadChunk(String uploadId, long offset, InputStream data, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length cannot be negative");
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new BoundedInputStream(data, length)), length);
        HttpRequest.Builder request = request(path("uploads", uploadId), List.of(), JSON_OR_PROBLEM, CHUNK_TIMEOUT)
                .header("Content-Type", "application/octet-stream")
                .header("Upload-Offset", Long.toString(offset))
                .PUT(body);
        return read(json(exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray())), Upload.class);
    }

    public Upload uploadChunk(String uploadId, long offset, byte[] data) {
        return uploadChunk(uploadId, offset, new ByteArrayInputStream(data), data.length);
    }

    /** An upload as the hub has it: how much it received, whether it is complete. */
    public Upload upload(String uploadId) {
        return read(call("GET", path("uploads", uploadId), List.of(), null), Upload.class);
    }

    // ---- loads and versions ------------------------------------------------------------------------------

    /** Starts loading data into a resource; the job runs on the hub, {@link #followLoad} watches it. */
    public LoadJob startLoad(String resourceCode, LoadRequest request) {
        return read(call("POST", path("resources", resourceCode, "loads"), List.of(), request.toJson()),
                LoadJob.class);
    }

    public LoadJob load(String jobId) {
        return read(call("GET", path("loads", jobId), List.of(), null), LoadJob.class);
    }

    /** Asks the hub to stop a job; it ends CANCELLED, leaving nothing behind. */
    public LoadJob cancelLoad(String jobId) {
        return read(call("POST", path("loads", jobId, "cancel"), List.of(), null), LoadJob.class);
    }

    /**
     * Watches a job until it ends, handing every report of its progress to {@code progress}, and returns the
     * job as it ended. The hub pushes the reports as server-sent events; when that stream cannot be opened or
     * breaks before the end, the job is asked for every {@link Builder#loadPollInterval poll interval}
     * instead. Returns at once for a job that has already ended.
     */
    public LoadJob followLoad(String jobId, Consumer<LoadJob> progress) {
        Objects.requireNonNull(progress, "progress");
        Optional<LoadJob> done = streamLoadEvents(jobId, progress);
        return done.orElseGet(() -> pollLoad(jobId, progress));
    }

    /** Every version still kept, newest first. */
    public List<DatasetVersion> versions(String resourceCode) {
        JsonNode answer = call("GET", path("resources", resourceCode, "versions"), List.of(), null);
        JsonNode list = answer.isArray() ? answer : answer.has("versions") ? answer.path("versions")
                : answer.path("items");
        List<DatasetVersion> versions = new ArrayList<>();
        for (JsonNode version : list) {
            versions.add(read(version, DatasetVersion.class));
        }
        return versions;
    }

    /** One version, with its validation report. */
    public DatasetVersion version(String resourceCode, int number) {
        return read(call("GET", path("resources", resourceCode, "versions", Integer.toString(number)), List.of(),
                null), DatasetVersion.class);
    }

    // ---- data ----------------------------------------------------------------------------------------------

    /** Rows of the latest version of a resource's data. */
    public RowsPage rows(String resourceCode, RowsQuery query) {
        return RowsPage.from(call("GET", path("resources", resourceCode, "rows"), query.queryParameters(), null));
    }

    /**
     * Streams an export of a resource's data into {@code out} as the hub writes it, and returns how many bytes
     * it wrote. {@code out} is left open; on a failure it may hold part of the export.
     *
     * @throws UncheckedIOException when writing to {@code out} fails
     *
     * @param format csv, json, ndjson, xlsx, parquet or geojson
     * @param query which fields and rows; {@link RowsQuery#all()} for everything
     */
    public long export(String resourceCode, String format, RowsQuery query, OutputStream out) {
        String path = path("resources", resourceCode) + "/export." + encode(Objects.requireNonNull(format, "format"));
        HttpRequest request = request(path, query.queryParameters(), "*/*", REQUEST_TIMEOUT).GET().build();
        HttpResponse<InputStream> response = exchange(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw refusal(response, body);
            }
            return copy(body, out);
        } catch (IOException e) {
            throw new HubUnreachableException(request.uri(), e);
        }
    }

    /** Copies the answer; a failure to read is the hub's (IOException), a failure to write the caller's. */
    private static long copy(InputStream body, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            try {
                out.write(buffer, 0, read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            total += read;
        }
        return total;
    }

    private Optional<LoadJob> streamLoadEvents(String jobId, Consumer<LoadJob> progress) {
        HttpRequest request = request(path("loads", jobId, "events"), List.of(), "text/event-stream",
                REQUEST_TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = exchange(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HubUnreachableException e) {
            return Optional.empty();
        }
        AtomicLong lastLine = new AtomicLong(System.nanoTime());
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "jingchu-event-stream-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                // polling asks again and reports the refusal, if it is one
                return Optional.empty();
            }
            long checkMillis = Math.max(1, EVENT_STREAM_IDLE.toMillis() / 4);
            watchdog.scheduleWithFixedDelay(() -> {
                if (System.nanoTime() - lastLine.get() > EVENT_STREAM_IDLE.toNanos()) {
                    closeQuietly(body);
                }
            }, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
            ServerSentEventReader events = new ServerSentEventReader(body, () -> lastLine.set(System.nanoTime()));
            for (Optional<ServerSentEventReader.Event> event = events.next(); event.isPresent();
                    event = events.next()) {
                String name = event.get().name();
                if (!name.equals("progress") && !name.equals("done")) {
                    continue;
                }
                LoadJob job = read(Json.MAPPER.readTree(event.get().data()), LoadJob.class);
                progress.accept(job);
                if (name.equals("done")) {
                    return Optional.of(job);
                }
            }
            return Optional.empty();
        } catch (IOException | JacksonException e) {
            // a broken stream, or one event the client cannot read: polling carries on
            return Optional.empty();
        } finally {
            watchdog.shutdownNow();
        }
    }

    private LoadJob pollLoad(String jobId, Consumer<LoadJob> progress) {
        int failures = 0;
        while (true) {
            try {
                LoadJob job = load(jobId);
                failures = 0;
                progress.accept(job);
                if (job.finished()) {
                    return job;
                }
            } catch (HubUnreachableException e) {
                if (++failures > POLL_FAILURES_TOLERATED) {
                    throw e;
                }
            } catch (JingchuException e) {
                if (e.status() < 500 || ++failures > POLL_FAILURES_TOLERATED) {
                    throw e;
                }
            }
            sleep(pollInterval);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // closing is how the stream is abandoned: a failure to close changes nothing
        }
    }

    // ---- HTTP --------------------------------------------------------------------------------------------

    private JsonNode call(String method, String path, List<Map.Entry<String, String>> query, JsonNode body) {
        return send(method, path, query, body, token == null ? null : "Bearer " + token);
    }

    private JsonNode send(String method, String path, List<Map.Entry<String, String>> query, JsonNode body,
            String authorization) {
        HttpRequest.Builder request = request(path, query, JSON_OR_PROBLEM, REQUEST_TIMEOUT, authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body),
                                StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", JSON);
        }
        return json(exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private HttpRequest.Builder request(String path, List<Map.Entry<String, String>> query, String accept,
            Duration timeout) {
        return request(path, query, accept, timeout, token == null ? null : "Bearer " + token);
    }

    private HttpRequest.Builder request(String path, List<Map.Entry<String, String>> query, String accept,
            Duration timeout, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path + queryString(query)))
                .timeout(timeout)
                .header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new HubUnreachableException(request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + request.uri(), e);
        }
    }

    /** The JSON of a successful answer, or the refusal. */
    private static JsonNode json(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw Problems.from(response);
        }
        byte[] answer = response.body();
        if (answer.length == 0) {
            return Json.MAPPER.missingNode();
        }
        try {
            return Json.MAPPER.readTree(answer);
        } catch (JacksonException e) {
            throw new JingchuException(response.statusCode(), null, null,
                    "the hub's answer is not JSON: " + e.getOriginalMessage(), List.of());
        }
    }

    /** The refusal in a streamed answer, read up to a sane size. */
    private static JingchuException refusal(HttpResponse<InputStream> response, InputStream body) throws IOException {
        byte[] problem = body.readNBytes(MAX_PROBLEM_BYTES);
        return Problems.from(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                problem);
    }

    private static <T> T read(JsonNode node, Class<T> type) {
        return Json.read(node, type);
    }

    private static <T> T read(JsonNode node, TypeReference<T> type) {
        return Json.MAPPER.treeToValue(node, type);
    }

    /** {@code /api/v1/a/b}, each segment percent-encoded. */
    private static String path(String... segments) {
        StringBuilder path = new StringBuilder("/api/v1");
        for (String segment : segments) {
            path.append('/').append(encode(Objects.requireNonNull(segment, "path segment")));
        }
        return path.toString();
    }

    private static String queryString(List<Map.Entry<String, String>> query) {
        if (query.isEmpty()) {
            return "";
        }
        return query.stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** UTF-8 percent-encoding; spaces as {@code %20}, which paths and queries alike read as a space. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Settings of a client; only the address is required. */
    public static final class Builder {
        private final URI baseUrl;
        private String token;
        private String language;
        private HttpClient http;
        private Duration loadPollInterval = Duration.ofSeconds(1);

        private Builder(String baseUrl) {
            String address = Objects.requireNonNull(baseUrl, "baseUrl").strip();
            while (address.endsWith("/")) {
                address = address.substring(0, address.length() - 1);
            }
            URI uri = URI.create(address);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("not an http(s) address: " + baseUrl);
            }
            this.baseUrl = uri;
        }

        /** The API token to call with ({@code jct_…}); anonymous when null. */
        public Builder token(String token) {
            this.token = token == null || token.isBlank() ? null : token.strip();
            return this;
        }

        /** The Accept-Language of every call ({@code zh-CN}, {@code en}); the hub's default (zh-CN) when null. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** The HTTP client to use; a default one with a 10-second connect timeout otherwise. */
        public Builder httpClient(HttpClient http) {
            this.http = http;
            return this;
        }

        /**
         * How often {@link JingchuClient#followLoad} asks for a job when the hub's event stream is not there;
         * every second by default.
         */
        public Builder loadPollInterval(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("the poll interval must be positive: " + interval);
            }
            this.loadPollInterval = interval;
            return this;
        }

        public JingchuClient build() {
            HttpClient client = http != null ? http
                    : HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
            return new JingchuClient(baseUrl, token, language, client, loadPollInterval);
        }
    }
}
