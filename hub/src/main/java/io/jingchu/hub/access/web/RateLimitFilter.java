package io.jingchu.hub.access.web;

import io.jingchu.hub.access.internal.RateDecision;
import io.jingchu.hub.access.internal.RateKey;
import io.jingchu.hub.access.internal.RateLimiter;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.RequestCredentials;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every request to a data endpoint ({@link DataEndpoints}) against its key and refuses it with
 * {@code 429} when the minute's limit ({@code RATE_LIMITED}) or the day's quota ({@code QUOTA_EXCEEDED}) is
 * used up. Runs after Spring Security, so it knows who is calling: per API token, per signed-in user, or
 * per client address. Every answer, refusals included, carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds); a refusal also {@code Retry-After}.
 * The client address is the socket's, or the forwarded one when {@code server.forward-headers-strategy}
 * says to trust a proxy.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private final RateLimiter limiter;
    private final DataEndpoints endpoints;
    private final RateLimitProblems problems;

    RateLimitFilter(RateLimiter limiter, DataEndpoints endpoints, RateLimitProblems problems) {
        this.limiter = limiter;
        this.endpoints = endpoints;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limiter.enabled()
                || HttpMethod.OPTIONS.matches(request.getMethod())
                || !endpoints.matches(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateDecision decision = limiter.hit(keyOf(request));
        response.setHeader(LIMIT, Long.toString(decision.limit()));
        response.setHeader(REMAINING, Long.toString(decision.remaining()));
        response.setHeader(RESET, Long.toString(decision.reset()));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.reset()));
        problems.write(request, response, decision);
    }

    static RateKey keyOf(HttpServletRequest request) {
        if (request.getAttribute(RequestCredentials.API_TOKEN_ID) instanceof Long tokenId) {
            return RateKey.token(tokenId);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller && !caller.isAnonymous()) {
            return RateKey.user(caller.userId());
        }
        return RateKey.address(request.getRemoteAddr());
    }
}
