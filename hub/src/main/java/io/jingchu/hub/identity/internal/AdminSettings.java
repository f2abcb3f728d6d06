package io.jingchu.hub.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created on start when both name and password are set and no ADMIN exists yet
 * ({@code jingchu.admin.*}, or {@code JINGCHU_ADMIN_USERNAME} / {@code JINGCHU_ADMIN_PASSWORD}). Unset by
 * default: {@code jingchu admin create} is the other way to make one.
 *
 * @param username the administrator's login name
 * @param password its initial password
 * @param displayName the name shown for it (default 系统管理员)
 */
@ConfigurationProperties("jingchu.admin")
record AdminSettings(@Nullable String username, @Nullable String password, @DefaultValue("系统管理员") String displayName) {

    boolean configured() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return "AdminSettings[username=" + username + ", password=" + (password == null ? "unset" : "***") + "]";
    }
}
