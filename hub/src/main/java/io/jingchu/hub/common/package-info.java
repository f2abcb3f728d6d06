/**
 * Shared kernel: the error vocabulary every module speaks (stable {@link io.jingchu.hub.common.ErrorCode}s,
 * mapped once to RFC 9457 problem+json), the hub's typed settings, and small value helpers. It owns no
 * tables and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.common;
