package io.jingchu.hub.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password (HTTP Basic and the login form) against the stored hash and answers with a
 * {@link CallerAuthentication}. Every failure is the same "bad credentials", so a guesser cannot tell an
 * unknown user from a wrong password, not even by timing: an unknown user's password is checked against a
 * hash all the same.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final UserStore users;
    private final IdentityDirectory identity;
    private final PasswordEncoder passwords;
    private final String unknownUserHash;

    PasswordAuthentication(UserStore users, IdentityDirectory identity, PasswordEncoder passwords) {
        this.users = users;
        this.identity = identity;
        this.passwords = passwords;
        this.unknownUserHash = passwords.encode("no user has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Usernames.normalize(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var credentials = users.credentials(username);
        if (credentials.isEmpty()) {
            passwords.matches(password, unknownUserHash);
            throw new BadCredentialsException("bad credentials");
        }
        var found = credentials.get();
        if (!passwords.matches(password, found.passwordHash()) || !found.enabled()) {
            throw new BadCredentialsException("bad credentials");
        }
        if (passwords.upgradeEncoding(found.passwordHash())) {
            users.updatePasswordHash(found.userId(), passwords.encode(password));
        }
        // the stamp was read before the user: a change in between shows as a stamp that has moved on
        return identity.user(found.userId()).map(u -> new CallerAuthentication(u.asCaller(), found.stamp()))
                .orElseThrow(() -> new BadCredentialsException("bad credentials"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
