package io.jingchu.hub.identity.internal;

import java.io.Serializable;

/**
 * What a signed-in web session was made with, and what its user stands at now: {@code version} moves whenever what
 * the user's sessions stand for changes (roles, organization, disabled, enabled, a new password), {@code epoch} only
 * when the sessions signed in before must end (disabled, a new password). Both only ever grow. Serializable because
 * the session keeps it.
 */
record SessionStamp(long version, long epoch) implements Serializable {
}
