package io.jingchu.hub.identity.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.ApiToken;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IssuedToken;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.TokenApi;
import io.jingchu.hub.identity.UserAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: many per user, named, optionally expiring, revocable. A token is {@code jct_} followed by 32
 * random bytes in base64url; it is shown once, when issued, and only its SHA-256 is stored.
 */
@Service
public class ApiTokens implements TokenApi {

    public static final String PREFIX = "jct_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("jct_[A-Za-z0-9_-]{43}");
    /** How stale {@code last_used_at} may get: one write per token per minute at most, however busy it is. */
    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);
    private static final int MAX_NAME_LENGTH = 100;

    private final TokenStore tokens;
    private final IdentityDirectory identity;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(TokenStore tokens, IdentityDirectory identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @Override
    @Transactional
    public IssuedToken issue(Caller caller, @Nullable String name, @Nullable Instant expiresAt) {
        requireUser(caller);
        String trimmed = Fields.requireText(name, "name", MAX_NAME_LENGTH);
        Instant now = Timestamps.now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "expiresAt", expiresAt);
        }
        byte[] secret = new byte[RANDOM_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = tokens.insert(caller.userId(), trimmed, hash(token), now, expiresAt);
        return new IssuedToken(id, trimmed, token, now, expiresAt);
    }

    @Override
    public List<ApiToken> list(Caller caller) {
        requireUser(caller);
        return tokens.ofUser(caller.userId());
    }

    @Override
    @Transactional
    public void revoke(Caller caller, long id) {
        requireUser(caller);
        ApiToken token = tokens.byId(id)
                .filter(t -> t.userId() == caller.userId() || caller.has(Role.ADMIN))
                .orElseThrow(() -> DomainException.onField(ErrorCode.TOKEN_NOT_FOUND, "id", id));
        tokens.revoke(token.id(), Timestamps.now());
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : tokens.names(ids);
    }

    /** A presented token that checked out: which token it was and whom it stands for. */
    public record AuthenticatedToken(long tokenId, Caller caller) {
    }

    /** The caller a presented token stands for, if it is known, unexpired, unrevoked and its user enabled. */
    public Optional<Caller> authenticate(String presented) {
        return authenticateToken(presented).map(AuthenticatedToken::caller);
    }

    /** Like {@link #authenticate}, also naming the token, for those who count per token. */
    public Optional<AuthenticatedToken> authenticateToken(String presented) {
        if (!SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        Instant now = Timestamps.now();
        Optional<ApiToken> found = tokens.byHash(hash(presented))
                .filter(t -> t.revokedAt() == null)
                .filter(t -> t.expiresAt() == null || now.isBefore(t.expiresAt()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<Caller> caller = identity.user(token.userId()).filter(u -> u.enabled()).map(UserAccount::asCaller);
        Instant recordedAfter = now.minus(USE_RECORDING_INTERVAL);
        if (caller.isPresent() && (token.lastUsedAt() == null || token.lastUsedAt().isBefore(recordedAfter))) {
            tokens.touch(token.id(), now, recordedAfter);
        }
        return caller.map(c -> new AuthenticatedToken(token.id(), c));
    }

    /**
     * The stored form of a token. Tokens carry 256 random bits, so unlike passwords they cannot be guessed from
     * a leaked hash by trying likely values; a slow password hash would add nothing but cost on every request.
     * A plain SHA-256 also lets the hash itself be the lookup key.
     */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void requireUser(Caller caller) {
        if (caller.isAnonymous()) {
            throw DomainException.of(ErrorCode.AUTHENTICATION_REQUIRED);
        }
    }
}
