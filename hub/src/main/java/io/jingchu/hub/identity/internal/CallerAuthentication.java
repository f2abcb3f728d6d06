package io.jingchu.hub.identity.internal;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated request, however it proved who it is (password, API token or web session): its principal
 * is the {@link Caller}, its authorities the caller's roles as {@code ROLE_*}. Holds no credentials. One made by
 * a password carries the user's {@link SessionStamp} of that moment, so that a web session it starts can tell
 * later whether its user has changed since.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final @Nullable SessionStamp stamp;

    public CallerAuthentication(Caller caller) {
        this(caller, null);
    }

    CallerAuthentication(Caller caller, @Nullable SessionStamp stamp) {
        super(caller.roles().stream().map(Role::authority).sorted().map(SimpleGrantedAuthority::new).toList());
        this.caller = caller;
        this.stamp = stamp;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return caller.username();
    }

    /** The user's stamp when the password was checked; null for an API token's or a test's authentication. */
    @Nullable SessionStamp stamp() {
        return stamp;
    }
}
