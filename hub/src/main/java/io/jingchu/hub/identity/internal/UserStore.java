package io.jingchu.hub.identity.internal;

import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.identity.UserPage;
import io.jingchu.hub.identity.UserQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code app_user} and {@code user_role} tables. The password hash never leaves this class but to be checked. */
@Repository
class UserStore {

    private static final String COLUMNS = "SELECT id, username, display_name, organization_id, enabled, created_at FROM app_user ";

    /** What a login is checked against, and the stamp a session it starts is made with. */
    record Credentials(long userId, String passwordHash, boolean enabled, SessionStamp stamp) {
    }

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String displayName, String passwordHash, Long organizationId, Set<Role> roles,
            Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, organization_id, enabled, created_at)
                VALUES (:username, :displayName, :hash, :organization, TRUE, :createdAt)""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("organization", organizationId, java.sql.Types.BIGINT)
                .param("createdAt", Timestamps.param(createdAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
        return id;
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM user_role WHERE role = ?").param(role.name()).query(Long.class).single() > 0;
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                SELECT id, password_hash, enabled, session_version, session_epoch FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, row) -> new Credentials(rs.getLong("id"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), stamp(rs)))
                .optional();
    }

    /** The user's session stamp as it stands: one lookup by primary key. */
    Optional<SessionStamp> stamp(long userId) {
        return jdbc.sql("SELECT session_version, session_epoch FROM app_user WHERE id = ?").param(userId)
                .query((rs, row) -> stamp(rs)).optional();
    }

    /** The same password kept under a better hash: nothing a session stands on changes. */
    void updatePasswordHash(long userId, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(passwordHash, userId).update();
    }

    /** A new password: the sessions signed in with the old one end. */
    void replacePassword(long userId, String passwordHash) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = ?, session_version = session_version + 1,
                    session_epoch = session_epoch + 1
                WHERE id = ?""").params(passwordHash, userId).update();
    }

    Optional<UserAccount> byUsername(String username) {
        return withRoles(jdbc.sql(COLUMNS + "WHERE username = ?").param(username)
                .query((rs, row) -> account(rs, Set.of())).optional());
    }

    Optional<UserAccount> byId(long id) {
        return withRoles(jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query((rs, row) -> account(rs, Set.of())).optional());
    }

    void update(long id, String displayName, @Nullable Long organizationId, Set<Role> roles) {
        jdbc.sql("""
                UPDATE app_user SET display_name = :displayName, organization_id = :organization,
                    session_version = session_version + 1
                WHERE id = :id""")
                .param("displayName", displayName)
                .param("organization", organizationId, java.sql.Types.BIGINT)
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
    }

    /** Disabling ends the user's sessions for good: enabled again, the user signs in anew. */
    void setEnabled(long id, boolean enabled) {
        jdbc.sql("""
                UPDATE app_user SET enabled = ?, session_version = session_version + 1,
                    session_epoch = session_epoch + ?
                WHERE id = ?""").params(enabled, enabled ? 0 : 1, id).update();
    }

    /** One page of the users the query selects, by login name, with the count of all it selects. */
    UserPage page(UserQuery query) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.organizationId() != null) {
            where.append(" AND organization_id = :organization");
            params.put("organization", query.organizationId());
        }
        if (query.role() != null) {
            where.append(" AND id IN (SELECT user_id FROM user_role WHERE role = :role)");
            params.put("role", query.role().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (username LIKE :text ESCAPE '\\' OR LOWER(display_name) LIKE :text ESCAPE '\\')");
            params.put("text", "%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM app_user " + where).params(params).query(Long.class).single();
        List<UserAccount> found = jdbc.sql(COLUMNS + where + " ORDER BY username LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> account(rs, Set.of())).list();
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (!found.isEmpty()) {
            jdbc.sql("SELECT user_id, role FROM user_role WHERE user_id IN (:ids)")
                    .param("ids", found.stream().map(UserAccount::id).toList())
                    .query(rs -> {
                        roles.computeIfAbsent(rs.getLong("user_id"), id -> EnumSet.noneOf(Role.class))
                                .add(Role.valueOf(rs.getString("role")));
                    });
        }
        List<UserAccount> users = new ArrayList<>();
        for (UserAccount u : found) {
            users.add(new UserAccount(u.id(), u.username(), u.displayName(), roles.getOrDefault(u.id(), Set.of()),
                    u.organizationId(), u.enabled(), u.createdAt()));
        }
        return new UserPage(users, total, query.page(), query.size());
    }

    /** Text for a LIKE pattern that matches itself only: the wildcards and the escape character escaped. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Optional<UserAccount> withRoles(Optional<UserAccount> user) {
        return user.map(u -> {
            List<Role> roles = jdbc.sql("SELECT role FROM user_role WHERE user_id = ?").param(u.id())
                    .query((rs, row) -> Role.valueOf(rs.getString("role"))).list();
            return new UserAccount(u.id(), u.username(), u.displayName(), Set.copyOf(roles), u.organizationId(),
                    u.enabled(), u.createdAt());
        });
    }

    private static SessionStamp stamp(ResultSet rs) throws SQLException {
        return new SessionStamp(rs.getLong("session_version"), rs.getLong("session_epoch"));
    }

    private static UserAccount account(ResultSet rs, Set<Role> roles) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roles,
                rs.getObject("organization_id", Long.class), rs.getBoolean("enabled"), Timestamps.read(rs, "created_at"));
    }
}
