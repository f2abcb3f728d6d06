package io.jingchu.hub.region.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.DivisionLevel;
import io.jingchu.hub.region.RegionApi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The division tree as stored in the {@code division} table. */
@Service
class DivisionTree implements RegionApi {

    /** The most a search answers, whatever the caller asks for. */
    static final int MAX_LIMIT = 100;

    private static final String COLUMNS = "SELECT code, name, level, parent_code FROM division ";
    private static final String LEVEL_RANK = """
            CASE level WHEN 'PROVINCE' THEN 1 WHEN 'CITY' THEN 2 WHEN 'COUNTY' THEN 3
                       WHEN 'TOWNSHIP' THEN 4 ELSE 5 END""";

    private final JdbcClient jdbc;

    DivisionTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Division> find(String code) {
        if (!DivisionCodes.isValid(code)) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + "WHERE code = ?").param(code).query(DivisionTree::division).optional();
    }

    @Override
    public Division get(String code) {
        DivisionCodes.requireValid(code);
        return find(code).orElseThrow(() -> DomainException.onField(ErrorCode.REGION_NOT_FOUND, "divisionCode", code));
    }

    @Override
    public List<Division> roots() {
        return jdbc.sql(COLUMNS + "WHERE parent_code IS NULL ORDER BY code").query(DivisionTree::division).list();
    }

    @Override
    public List<Division> children(String code) {
        return jdbc.sql(COLUMNS + "WHERE parent_code = ? ORDER BY code").param(get(code).code())
                .query(DivisionTree::division).list();
    }

    /**
     * Every ancestor's code is a prefix of this code padded with zeros, so one query finds them all. A level
     * the tree skips (a township directly under a city such as 东莞市) pads to a code already in the list.
     */
    @Override
    public List<Division> ancestors(String code) {
        Division division = get(code);
        Set<String> candidates = new LinkedHashSet<>();
        for (DivisionLevel level : DivisionLevel.values()) {
            if (level.compareTo(division.level()) >= 0) {
                break;
            }
            candidates.add(DivisionCodes.pad(code.substring(0, level.significantDigits())));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE code IN (:codes) ORDER BY code").param("codes", candidates)
                .query(DivisionTree::division).list();
    }

    /**
     * Digits search by code prefix, as a range on the primary key (which any collation orders the same way for
     * digits); anything else searches names, exact matches first, then names starting with the query, then
     * higher levels before lower ones.
     */
    @Override
    public List<Division> search(String query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "limit", limit);
        }
        String q = query.strip();
        if (q.isEmpty()) {
            return roots().stream().limit(limit).toList();
        }
        if (q.chars().allMatch(c -> c >= '0' && c <= '9') && q.length() <= 12) {
            return byCodePrefix(q, limit);
        }
        String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(COLUMNS + """
                        WHERE name LIKE :contains ESCAPE '\\'
                        ORDER BY CASE WHEN name = :exact THEN 0 WHEN name LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END,
                                 %s, code
                        LIMIT :limit""".formatted(LEVEL_RANK))
                .param("contains", "%" + escaped + "%")
                .param("exact", q)
                .param("prefix", escaped + "%")
                .param("limit", limit)
                .query(DivisionTree::division).list();
    }

    private List<Division> byCodePrefix(String prefix, int limit) {
        String from = DivisionCodes.pad(prefix);
        String to = next(prefix);
        String sql = COLUMNS + (to == null ? "WHERE code >= :from" : "WHERE code >= :from AND code < :to")
                + " ORDER BY code LIMIT :limit";
        var statement = jdbc.sql(sql).param("from", from).param("limit", limit);
        if (to != null) {
            statement = statement.param("to", DivisionCodes.pad(to));
        }
        return statement.query(DivisionTree::division).list();
    }

    /** The smallest digit string of the same length above every code starting with the prefix, null if none. */
    private static @Nullable String next(String prefix) {
        char[] digits = prefix.toCharArray();
        for (int i = digits.length - 1; i >= 0; i--) {
            if (digits[i] < '9') {
                digits[i]++;
                return new String(digits, 0, i + 1);
            }
        }
        return null;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM division").query(Long.class).single();
    }

    private static Division division(ResultSet rs, int row) throws SQLException {
        return new Division(rs.getString("code"), rs.getString("name"), DivisionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"));
    }
}
