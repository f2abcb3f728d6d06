package io.jingchu.hub.identifier;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * 持久标识: what a handle names, as it stands now.
 *
 * @param versionNumber the dataset version's number; null for a resource's own identifier
 * @param title the resource's title (null only for a version of a resource that was never published)
 * @param owner the organization that publishes the resource (null as the title)
 * @param contentHash a version's {@code sha256:} content hash; null for a resource
 * @param ledgerIndex the index of the audit ledger entry of the publication, once the ledger has sequenced it
 * @param landingPage where the thing is: a resource's page, a version's file; not live any more once
 *        {@code retiredAt} is set
 * @param describedAt when the title or owner last changed
 * @param retiredAt when the resource was retired (下线); its identifier then resolves to a tombstone
 */
public record PersistentIdentifier(String handle, String resourceCode, @Nullable Integer versionNumber,
        @Nullable String title, @Nullable String owner, @Nullable String contentHash, @Nullable Long ledgerIndex,
        URI landingPage, Instant assignedAt, Instant describedAt, @Nullable Instant retiredAt) {

    public PersistentIdentifier {
        requireNonNull(handle, "handle");
        requireNonNull(resourceCode, "resourceCode");
        requireNonNull(landingPage, "landingPage");
        requireNonNull(assignedAt, "assignedAt");
        requireNonNull(describedAt, "describedAt");
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
