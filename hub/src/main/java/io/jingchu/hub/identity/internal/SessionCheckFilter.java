package io.jingchu.hub.identity.internal;

import io.jingchu.hub.identity.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a signed-in browser's session to its user as the user is now, from the session's next request on: a
 * session whose user has since been disabled or given a new password is ended, and the request goes on as a
 * visitor's (a page that needs a user sends it to sign in); one whose user's roles or organization changed goes on
 * with the new ones. What the session was made with is the {@link SessionStamp} of its
 * {@link CallerAuthentication}; the user's own costs one lookup by primary key at most every
 * {@link SessionStamps#KEPT}. An authentication without a stamp (an API token's) is no session's and passes as it is.
 */
class SessionCheckFilter extends OncePerRequestFilter {

    private final SessionStamps stamps;
    private final UserStore users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SessionCheckFilter(SessionStamps stamps, UserStore users) {
        this.stamps = stamps;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (contexts.getContext().getAuthentication() instanceof CallerAuthentication signedIn
                && signedIn.stamp() != null) {
            Optional<CallerAuthentication> current = current(signedIn, signedIn.stamp());
            if (current.isEmpty()) {
                end(request);
            } else if (current.get() != signedIn) {
                renew(current.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** The authentication the session should hold now: the same, a renewed one, or none when it is over. */
    private Optional<CallerAuthentication> current(CallerAuthentication signedIn, SessionStamp made) {
        long userId = signedIn.getPrincipal().userId();
        if (stamps.current(userId).filter(made::equals).isPresent()) {
            return Optional.of(signedIn);
        }
        // what was kept may be older than the session (signed in through another instance): ask before deciding
        Optional<SessionStamp> now = stamps.fresh(userId);
        if (now.isEmpty() || now.get().epoch() != made.epoch()) {
            return Optional.empty();
        }
        if (now.get().equals(made)) {
            return Optional.of(signedIn);
        }
        // the stamp is read before the user, so that a change in between shows again at the next request
        return users.byId(userId).filter(UserAccount::enabled)
                .map(user -> new CallerAuthentication(user.asCaller(), now.get()));
    }

    private void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        contexts.clearContext();
    }

    private void renew(CallerAuthentication renewed, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(renewed);
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
