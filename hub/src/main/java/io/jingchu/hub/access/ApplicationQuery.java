package io.jingchu.hub.access;

import org.jspecify.annotations.Nullable;

/**
 * Which applications to list, among those the caller may see; newest first.
 *
 * @param state only those in this state, or all
 * @param resourceCode only those for this resource, or all
 */
public record ApplicationQuery(@Nullable ApplicationState state, @Nullable String resourceCode, int offset,
        int limit) {

    public ApplicationQuery {
        Page.checkWindow(offset, limit);
    }

    /** Everything the caller may see, first page. */
    public static ApplicationQuery all() {
        return new ApplicationQuery(null, null, 0, Page.DEFAULT_LIMIT);
    }
}
