package io.jingchu.hub.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Why a caller may read a resource's rows.
 *
 * @param basis what allows it
 * @param applicationId the approved application, for {@link Basis#APPLICATION}
 * @param expiresAt when that approval ends, if it does
 */
public record ReadGrant(Basis basis, @Nullable Long applicationId, @Nullable Instant expiresAt) {

    public enum Basis {
        /** 无条件开放: anyone, also anonymously. */
        UNCONDITIONAL,
        /** 有条件开放 with an approved, unexpired, unrevoked application. */
        APPLICATION,
        /** The owning organization's own publisher, checking its data. */
        OWNER,
        /** The data bureau (ADMIN) or an AUDITOR. */
        OVERSIGHT
    }
}
