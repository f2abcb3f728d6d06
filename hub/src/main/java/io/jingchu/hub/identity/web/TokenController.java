package io.jingchu.hub.identity.web;

import io.jingchu.hub.identity.ApiToken;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IssuedToken;
import io.jingchu.hub.identity.TokenApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's own API tokens: issue (the token is shown in this answer only), list, revoke. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "auth", description = "API tokens")
class TokenController {

    /** What to call a new token and, optionally, when it stops working. */
    record TokenRequest(@Nullable String name, @Nullable Instant expiresAt) {
    }

    /** A token in a listing: everything but the token. */
    record TokenView(long id, String name, Instant createdAt, @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
                    token.revokedAt());
        }
    }

    private final TokenApi tokens;

    TokenController(TokenApi tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Issue an API token; the token appears in this answer and never again")
    IssuedToken issue(Caller caller, @RequestBody TokenRequest request) {
        return tokens.issue(caller, request.name(), request.expiresAt());
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's own tokens, without the tokens themselves")
    List<TokenView> list(Caller caller) {
        return tokens.list(caller).stream().map(TokenView::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Revoke a token: one's own, or any for an administrator")
    void revoke(Caller caller, @PathVariable long id) {
        tokens.revoke(caller, id);
    }
}
