package io.jingchu.hub.testing;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.internal.CallerAuthentication;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Makes a MockMvc request act as a given {@link Caller}, as if it had logged in: the request's authentication
 * has the caller as principal and its roles as {@code ROLE_*} authorities. Works for the stateless API and for
 * web pages alike. To test the credentials themselves, send a real token or password instead
 * ({@link TestAccounts#token}, {@link TestAccounts#PASSWORD}).
 *
 * <pre>{@code mvc.get().uri("/api/v1/me").with(Callers.as(caller))}</pre>
 */
public final class Callers {

    private Callers() {
    }

    public static RequestPostProcessor as(Caller caller) {
        return SecurityMockMvcRequestPostProcessors.authentication(new CallerAuthentication(caller));
    }
}
