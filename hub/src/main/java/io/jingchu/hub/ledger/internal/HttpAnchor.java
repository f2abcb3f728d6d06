package io.jingchu.hub.ledger.internal;

import io.jingchu.hub.ledger.CheckpointAnchor;
import io.jingchu.hub.ledger.SignedCheckpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Posts each anchored checkpoint's signed note ({@code text/plain}) to an HTTP endpoint, such as a notary or
 * time-stamping service or a gateway to a chain. The headers {@code Jingchu-Log-Origin} and
 * {@code Jingchu-Tree-Size} let the endpoint answer a repeated post with its first receipt. A 2xx answer's body is
 * the receipt; any other status, a timeout or a refused connection is a failure, retried later.
 */
final class HttpAnchor implements CheckpointAnchor {

    private static final int MAX_ERROR_BODY = 200;

    private final String name;
    private final URI url;
    private final Duration timeout;
    private final @Nullable String authorization;
    private final HttpClient http;

    HttpAnchor(String name, URI url, Duration timeout, @Nullable String authorization) {
        this.name = name;
        this.url = url;
        this.timeout = timeout;
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "http";
    }

    @Override
    public String anchor(String origin, SignedCheckpoint checkpoint) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Jingchu-Log-Origin", origin)
                .header("Jingchu-Tree-Size", Long.toString(checkpoint.treeSize()))
                .POST(HttpRequest.BodyPublishers.ofString(checkpoint.note(), StandardCharsets.UTF_8));
        if (authorization != null && !authorization.isBlank()) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String body = response.body();
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " from " + url + ": "
                    + body.substring(0, Math.min(MAX_ERROR_BODY, body.length())));
        }
        return body;
    }
}
