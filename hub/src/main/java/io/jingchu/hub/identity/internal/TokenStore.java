package io.jingchu.hub.identity.internal;

import io.jingchu.hub.identity.ApiToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table: token hashes, never tokens. */
@Repository
class TokenStore {

    private static final String COLUMNS =
            "SELECT id, user_id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token ";

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String tokenHash, Instant createdAt, @Nullable Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, created_at, expires_at)
                VALUES (:user, :name, :hash, :createdAt, :expiresAt)""")
                .param("user", userId)
                .param("name", name)
                .param("hash", tokenHash)
                .param("createdAt", Timestamps.param(createdAt))
                .param("expiresAt", Timestamps.param(expiresAt), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<ApiToken> byHash(String tokenHash) {
        return jdbc.sql(COLUMNS + "WHERE token_hash = ?").param(tokenHash).query(TokenStore::summary).optional();
    }

    Optional<ApiToken> byId(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(TokenStore::summary).optional();
    }

    List<ApiToken> ofUser(long userId) {
        return jdbc.sql(COLUMNS + "WHERE user_id = ? ORDER BY id").param(userId).query(TokenStore::summary).list();
    }

    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM api_token WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }

    void revoke(long id, Instant at) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamps.param(at), id).update();
    }

    /** Records a use unless one was recorded after {@code notAfter}; concurrent requests write at most once. */
    void touch(long id, Instant at, Instant notAfter) {
        jdbc.sql("UPDATE api_token SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :notAfter)")
                .param("at", Timestamps.param(at))
                .param("id", id)
                .param("notAfter", Timestamps.param(notAfter))
                .update();
    }

    private static ApiToken summary(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "last_used_at"),
                Timestamps.read(rs, "revoked_at"));
    }
}
