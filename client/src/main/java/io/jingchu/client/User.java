package io.jingchu.client;

import java.util.List;

/**
 * Who a token or password belongs to.
 *
 * @param roles ADMIN, PUBLISHER, CONSUMER, AUDITOR
 * @param organizationId the organization a publisher is bound to, or null
 */
public record User(long id, String username, String displayName, List<String> roles, Long organizationId) {

    public User {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
