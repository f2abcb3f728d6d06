package io.jingchu.client.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the hub on 127.0.0.1 (a free port): answers what each test scripts for a method and path,
 * the way the hub's API contract says it answers, and records every request it receives. Anything not
 * scripted gets the hub's 404 problem. A {@code *} segment in a scripted path matches any one segment.
 */
public final class FakeHub implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    public FakeHub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:port}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers requests for this method and (decoded) path. */
    public FakeHub on(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
        return this;
    }

    /** Answers with this JSON and status. */
    public FakeHub on(String method, String path, int status, String json) {
        return on(method, path, request -> Response.json(status, json));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The one request received for this method and path; fails when there were none or several. */
    public Request only(String method, String path) {
        List<Request> matching = requests().stream()
                .filter(request -> request.method().equals(method) && request.path().equals(path))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + method + " " + path + " but got " + matching.size()
                    + " among " + requests());
        }
        return matching.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            Request request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawPath(),
                    rawQuery, decode(rawQuery), exchange.getRequestHeaders(), new String(bytes, StandardCharsets.UTF_8),
                    bytes);
            requests.add(request);
            Answer answer = answerFor(request.method(), path);
            Response response = answer != null ? answer.answer(request)
                    : Response.problem(404, "NOT_FOUND", null, "没有这个地址：" + path);
            if (response.dropConnection()) {
                // the handler failing makes the server close the connection without an answer
                throw new IOException("connection dropped on purpose");
            }
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            if (response.stream() != null) {
                exchange.sendResponseHeaders(response.status(), 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    response.stream().write(out);
                }
                return;
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private Answer answerFor(String method, String path) {
        Answer exact = answers.get(method + " " + path);
        if (exact != null) {
            return exact;
        }
        String[] segments = (method + " " + path).split("/", -1);
        for (Map.Entry<String, Answer> scripted : answers.entrySet()) {
            String[] pattern = scripted.getKey().split("/", -1);
            if (pattern.length != segments.length) {
                continue;
            }
            boolean matches = true;
            for (int index = 0; index < pattern.length && matches; index++) {
                matches = pattern[index].equals("*") || pattern[index].equals(segments[index]);
            }
            if (matches) {
                return scripted.getValue();
            }
        }
        return null;
    }

    private static Map<String, List<String>> decode(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** What the fake hub received. */
    public record Request(String method, String path, String rawPath, String rawQuery,
            Map<String, List<String>> query, Headers headers, String body, byte[] bytes) {

        /** The last segment of the path, such as an id. */
        public String lastSegment() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /**
     * What it answers: a body, or a body written as it goes ({@code stream}), or nothing at all, the
     * connection dropped.
     */
    public record Response(int status, String contentType, String body, BodyWriter stream, boolean dropConnection) {

        public Response(int status, String contentType, String body) {
            this(status, contentType, body, null, false);
        }

        public static Response json(int status, String json) {
            return new Response(status, "application/json", json);
        }

        public static Response empty(int status) {
            return new Response(status, null, "");
        }

        /** A body of unknown length, written by the test (flushing, pausing or failing as it likes). */
        public static Response streamed(int status, String contentType, BodyWriter writer) {
            return new Response(status, contentType, "", writer, false);
        }

        /** No answer: the connection is closed, as when the network or the hub goes away. */
        public static Response dropped() {
            return new Response(0, null, "", null, true);
        }

        /** An RFC 9457 problem document as the hub writes it. */
        public static Response problem(int status, String code, String field, String detail) {
            StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":\"refused\",\"status\":")
                    .append(status).append(",\"code\":\"").append(code).append('"');
            if (field != null) {
                json.append(",\"field\":\"").append(field).append('"');
            }
            json.append(",\"detail\":\"").append(detail).append("\"}");
            return new Response(status, "application/problem+json", json.toString());
        }
    }

    /** Writes a streamed answer. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A scripted answer. */
    @FunctionalInterface
    public interface Answer {
        Response answer(Request request);
    }
}
