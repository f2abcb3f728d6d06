package io.jingchu.hub.access;

import io.jingchu.hub.access.DataAccess.AccessKind;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A recorded {@link DataAccess} as the audit trail shows it.
 *
 * @param clientAddress where the request came from; shown to ADMIN and AUDITOR only, null for others
 * @param apiTokenId the API token the read came with, null for a web session, HTTP Basic and anonymous reads
 * @param apiTokenName that token's name, as its owner named it; null without a token
 * @param organizationId the organization owning the resource when it was read, if the resource was known
 */
public record AccessRecord(
        long id,
        Instant accessedAt,
        String username,
        long userId,
        @Nullable String clientAddress,
        @Nullable Long apiTokenId,
        @Nullable String apiTokenName,
        String resourceCode,
        @Nullable Long organizationId,
        @Nullable Integer versionNumber,
        AccessKind kind,
        long rows,
        String outcome) {

    public AccessRecord {
        Objects.requireNonNull(accessedAt, "accessedAt");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(resourceCode, "resourceCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The same record with the client address left out, for those who may not see it. */
    public AccessRecord withoutClientAddress() {
        return new AccessRecord(id, accessedAt, username, userId, null, apiTokenId, apiTokenName, resourceCode,
                organizationId, versionNumber, kind, rows, outcome);
    }

    /** The same record with its token's name. */
    public AccessRecord withApiTokenName(@Nullable String name) {
        return new AccessRecord(id, accessedAt, username, userId, clientAddress, apiTokenId, name, resourceCode,
                organizationId, versionNumber, kind, rows, outcome);
    }
}
