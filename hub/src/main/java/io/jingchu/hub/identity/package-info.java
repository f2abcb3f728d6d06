/**
 * 身份与权限: users, roles, organizations (departments bound to a division), API tokens, and the web
 * security that makes every endpoint declare who may call it and holds each signed-in session to its user as the
 * user is now. Exposes
 * {@link io.jingchu.hub.identity.IdentityApi}, the bureau's {@link io.jingchu.hub.identity.IdentityAdministration}
 * and {@link io.jingchu.hub.identity.TokenApi}; owns the {@code organization}, {@code app_user} and
 * {@code api_token} tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = "region")
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.identity;
