package io.jingchu.hub.access;

import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which recorded data accesses to list, among those the caller may see; newest first.
 *
 * @param resourceCode only reads of this resource
 * @param username only reads by this user ({@code anonymous} for those without one)
 * @param from only reads at or after this instant
 * @param to only reads before this instant
 * @param kind only reads of this kind
 * @param apiTokenId only reads that came with the API token of this id (refused as {@code token} when not an id)
 */
public record AccessRecordQuery(@Nullable String resourceCode, @Nullable String username, @Nullable Instant from,
        @Nullable Instant to, @Nullable AccessKind kind, @Nullable Long apiTokenId, int offset, int limit) {

    public AccessRecordQuery {
        Page.checkWindow(offset, limit);
        if (from != null && to != null && !from.isBefore(to)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "to", to);
        }
        if (apiTokenId != null && apiTokenId < 1) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "token", apiTokenId);
        }
    }

    /** Reads of any kind, with or without any token. */
    public AccessRecordQuery(@Nullable String resourceCode, @Nullable String username, @Nullable Instant from,
            @Nullable Instant to, int offset, int limit) {
        this(resourceCode, username, from, to, null, null, offset, limit);
    }

    /** Everything the caller may see, first page. */
    public static AccessRecordQuery all() {
        return new AccessRecordQuery(null, null, null, null, 0, Page.DEFAULT_LIMIT);
    }
}
