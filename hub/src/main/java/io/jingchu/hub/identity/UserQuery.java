package io.jingchu.hub.identity;

import org.jspecify.annotations.Nullable;

/**
 * Which users a listing shows, one page of them, ordered by login name.
 *
 * @param organizationId only the members of this organization, or everyone
 * @param role only users holding this role, or any
 * @param text only users whose login name or display name contains this (case ignored), or any
 * @param page the page, from 0
 * @param size users per page, 1 to {@link #MAX_SIZE}
 */
public record UserQuery(@Nullable Long organizationId, @Nullable Role role, @Nullable String text, int page,
        int size) {

    public static final int MAX_SIZE = 1000;
}
