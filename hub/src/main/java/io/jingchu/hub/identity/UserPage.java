package io.jingchu.hub.identity;

import java.util.List;

/** One page of a user listing and how many users the whole listing holds. */
public record UserPage(List<UserAccount> users, long total, int page, int size) {

    public UserPage {
        users = List.copyOf(users);
    }

    /** How many pages the listing has; at least one, empty as it may be. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
