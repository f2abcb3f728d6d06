package io.jingchu.hub.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** A bearer token was presented that is unknown, expired or revoked. */
class InvalidTokenException extends AuthenticationException {

    InvalidTokenException() {
        super("invalid API token");
    }
}
