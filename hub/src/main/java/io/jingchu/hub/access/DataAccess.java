package io.jingchu.hub.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One read of a resource's data, for the audit trail (数据访问记录).
 *
 * @param username who read, {@code anonymous} when no one signed in
 * @param clientAddress the remote address the request came from
 * @param apiTokenId the id of the API token the request came with (never the token or its hash); null for a web
 *     session, HTTP Basic and anonymous reads
 * @param resourceCode what was read
 * @param versionNumber which version, null when the read failed before one was chosen
 * @param kind how it was read
 * @param rows rows returned (for an aggregate: result rows)
 * @param outcome {@code OK} or the error code that ended it
 */
public record DataAccess(String username, long userId, String clientAddress, @Nullable Long apiTokenId,
        String resourceCode, @Nullable Integer versionNumber, AccessKind kind, long rows, String outcome) {

    public DataAccess {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(resourceCode, "resourceCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A read that came without an API token. */
    public DataAccess(String username, long userId, String clientAddress, String resourceCode,
            @Nullable Integer versionNumber, AccessKind kind, long rows, String outcome) {
        this(username, userId, clientAddress, null, resourceCode, versionNumber, kind, rows, outcome);
    }

    public enum AccessKind {
        ROWS, AGGREGATE, EXPORT_CSV, EXPORT_JSON, EXPORT_NDJSON, EXPORT_XLSX, EXPORT_PARQUET, EXPORT_GEOJSON,
        DATASTORE_SEARCH, DATASTORE_SQL, DOWNLOAD_VERSION
    }
}
