package io.jingchu.hub.ledger.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Anchoring of the ledger's checkpoints ({@code jingchu.ledger.anchor.*}). None is configured by default; then
 * nothing is anchored (anchors that are Spring beans still are).
 *
 * @param interval the latest checkpoint is anchored when this long has passed since the last one was
 * @param everyEntries ... or when the tree has grown by this many entries since
 * @param pollInterval how often each instance looks whether an anchoring is due or a failed one is to be retried
 * @param retryBackoff the wait before the first retry of a failed anchoring; doubled at each failure, up to an hour
 * @param directories directories a checkpoint is written into, each {@code name} and {@code path}
 * @param http HTTP endpoints a checkpoint is posted to, each {@code name}, {@code url}, {@code timeout} and an
 *        optional {@code authorization} header
 */
@ConfigurationProperties("jingchu.ledger.anchor")
public record AnchorSettings(
        @DefaultValue("10m") Duration interval,
        @DefaultValue("10000") long everyEntries,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("30s") Duration retryBackoff,
        @Nullable List<Directory> directories,
        @Nullable List<Endpoint> http) {

    private static final String PREFIX = "jingchu.ledger.anchor.";
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** A directory anchor. */
    public record Directory(@Nullable String name, @Nullable Path path) {
    }

    /** An HTTP anchor. */
    public record Endpoint(@Nullable String name, @Nullable URI url, @DefaultValue("10s") Duration timeout,
            @Nullable String authorization) {
    }

    public AnchorSettings {
        positive(interval, "interval");
        positive(pollInterval, "poll-interval");
        positive(retryBackoff, "retry-backoff");
        if (everyEntries < 1) {
            throw new IllegalArgumentException(PREFIX + "every-entries must be at least 1, not " + everyEntries);
        }
        directories = directories == null ? List.of() : List.copyOf(directories);
        http = http == null ? List.of() : List.copyOf(http);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < directories.size(); i++) {
            String setting = PREFIX + "directories[" + i + "].";
            checkName(directories.get(i).name(), setting, names);
            if (directories.get(i).path() == null || directories.get(i).path().toString().isBlank()) {
                throw new IllegalArgumentException(setting + "path is required: the directory to write checkpoints to");
            }
        }
        for (int i = 0; i < http.size(); i++) {
            String setting = PREFIX + "http[" + i + "].";
            Endpoint endpoint = http.get(i);
            checkName(endpoint.name(), setting, names);
            URI url = endpoint.url();
            if (url == null || url.getHost() == null
                    || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
                throw new IllegalArgumentException(setting + "url must be an absolute http or https URL, not " + url);
            }
            positive(endpoint.timeout(), "http[" + i + "].timeout");
        }
    }

    private static void checkName(@Nullable String name, String setting, Set<String> names) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(setting + "name must be lower-case letters, digits and dashes (at "
                    + "most 64), not " + name);
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException(setting + "name " + name + " is used by another anchor");
        }
    }

    private static void positive(Duration duration, String setting) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(PREFIX + setting + " must be positive, not " + duration);
        }
    }
}
