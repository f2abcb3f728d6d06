package io.jingchu.hub.identity.internal;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated request, however it proved who it is (password, API token or web session): its principal
 * is the {@link Caller}, its authorities the caller's roles as {@code ROLE_*}. Holds no credentials.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    public CallerAuthentication(Caller caller) {
        super(caller.roles().stream().map(Role::authority).sorted().map(SimpleGrantedAuthority::new).toList());
        this.caller = caller;
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
}
