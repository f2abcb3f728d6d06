package io.jingchu.hub.identity.internal;

import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.region.DivisionLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code organization} table. */
@Repository
class OrganizationStore {

    private static final String COLUMNS = "SELECT id, code, name, division_code, level FROM organization ";

    private final JdbcClient jdbc;

    OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String code, String name, String divisionCode, DivisionLevel level, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO organization (code, name, division_code, level, created_at)
                VALUES (:code, :name, :division, :level, :createdAt)""")
                .param("code", code)
                .param("name", name)
                .param("division", divisionCode)
                .param("level", level.name())
                .param("createdAt", Timestamps.param(createdAt))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, String name, String divisionCode, DivisionLevel level) {
        jdbc.sql("UPDATE organization SET name = :name, division_code = :division, level = :level WHERE id = :id")
                .param("name", name)
                .param("division", divisionCode)
                .param("level", level.name())
                .param("id", id)
                .update();
    }

    Optional<Organization> byId(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(OrganizationStore::organization).optional();
    }

    Optional<Organization> byCode(String code) {
        return jdbc.sql(COLUMNS + "WHERE code = ?").param(code).query(OrganizationStore::organization).optional();
    }

    List<Organization> all() {
        return jdbc.sql(COLUMNS + "ORDER BY division_code, code").query(OrganizationStore::organization).list();
    }

    private static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("division_code"), DivisionLevel.valueOf(rs.getString("level")));
    }
}
