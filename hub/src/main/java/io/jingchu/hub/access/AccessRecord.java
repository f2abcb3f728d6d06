package io.jingchu.hub.access;

import io.jingchu.hub.access.DataAccess.AccessKind;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A recorded {@link DataAccess} as the audit trail shows it.
 *
 * @param organizationId the organization owning the resource when it was read, if the resource was known
 * @param clientAddress where the request came from; shown to ADMIN and AUDITOR only, null for others
 */
public record AccessRecord(
        long id,
        Instant accessedAt,
        String username,
        long userId,
        @Nullable String clientAddress,
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
        return new AccessRecord(id, accessedAt, username, userId, null, resourceCode, organizationId, versionNumber,
                kind, rows, outcome);
    }
}
