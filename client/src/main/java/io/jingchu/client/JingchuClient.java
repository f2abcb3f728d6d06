package io.jingchu.client;

import java.io.IOException;
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
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUrl;
    private final String token;
    private final String language;
    private final HttpClient http;

    private JingchuClient(URI baseUrl, String token, String language, HttpClient http) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.language = language;
        this.http = http;
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
        return new JingchuClient(baseUrl, otherToken, language, http);
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

    // ---- HTTP --------------------------------------------------------------------------------------------

    private JsonNode call(String method, String path, List<Map.Entry<String, String>> query, JsonNode body) {
        return send(method, path, query, body, token == null ? null : "Bearer " + token);
    }

    private JsonNode send(String method, String path, List<Map.Entry<String, String>> query, JsonNode body,
            String authorization) {
        URI uri = URI.create(baseUrl + path + queryString(query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", JSON + ", application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body),
                                StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", JSON);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new HubUnreachableException(uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + uri, e);
        }
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

        public JingchuClient build() {
            HttpClient client = http != null ? http
                    : HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
            return new JingchuClient(baseUrl, token, language, client);
        }
    }
}
