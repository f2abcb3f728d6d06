/**
 * 数据开放的访问控制: who may read which resource's rows. The opening attribute decides; applications for
 * conditionally open data (申请, approved or refused by the owning organization, expiring, revocable)
 * grant access; rate limits and daily quotas per token and per anonymous address, counted in the
 * database so that every hub instance sees the same counts; and the record of every data access.
 * Exposes {@link io.jingchu.hub.access.AccessApi}; owns the {@code access_application},
 * {@code rate_window} and {@code data_access} tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access",
        allowedDependencies = {"catalog", "identity"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.access;
