package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceChange;
import io.jingchu.hub.catalog.ResourceChange.FieldChange;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.region.DivisionLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's tables: resources with their ordered fields and keywords, their history, and the counters
 * behind generated codes. Plain JDBC through {@link JdbcClient}; callers bring the transaction.
 */
class ResourceStore {

    private static final String COLUMNS = """
            id, code, title, description, organization_id, organization_name, division_code, division_level,
            theme, update_frequency, licence, contact_name, contact_phone, contact_email, grade, sensitivity,
            sharing, sharing_conditions, sharing_basis, opening, opening_conditions, opening_basis,
            high_quality, state, rejection_reason, version, created_at, updated_at, published_at""";
    private static final int BATCH = 500;
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ResourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DataResource> findByCode(String code) {
        return one(jdbc.sql("SELECT " + COLUMNS + " FROM data_resource WHERE code = :code")
                .param("code", code).query(ResourceStore::row).list());
    }

    Optional<DataResource> findById(long id) {
        return one(jdbc.sql("SELECT " + COLUMNS + " FROM data_resource WHERE id = :id")
                .param("id", id).query(ResourceStore::row).list());
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM data_resource WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    /** Every resource's id and version: what the search index must hold. */
    Map<Long, Long> versions() {
        Map<Long, Long> versions = new java.util.HashMap<>();
        jdbc.sql("SELECT id, version FROM data_resource")
                .query((RowCallbackHandler) rs -> versions.put(rs.getLong(1), rs.getLong(2)));
        return versions;
    }

    Optional<Long> currentVersion(long id) {
        return jdbc.sql("SELECT version FROM data_resource WHERE id = :id").param("id", id)
                .query(Long.class).optional();
    }

    /** Stores a new resource (its id is ignored) and returns it with the id the database gave it. */
    DataResource insert(DataResource r) {
        KeyHolder keys = new GeneratedKeyHolder();
        bind(jdbc.sql("""
                INSERT INTO data_resource (code, title, description, organization_id, organization_name,
                    division_code, division_level, theme, update_frequency, licence, contact_name, contact_phone,
                    contact_email, grade, sensitivity, sharing, sharing_conditions, sharing_basis, opening,
                    opening_conditions, opening_basis, high_quality, state, rejection_reason, version, created_at,
                    updated_at, published_at)
                VALUES (:code, :title, :description, :organizationId, :organizationName, :divisionCode, :level,
                    :theme, :updateFrequency, :licence, :contactName, :contactPhone, :contactEmail, :grade,
                    :sensitivity, :sharing, :sharingConditions, :sharingBasis, :opening, :openingConditions,
                    :openingBasis, :highQuality, :state, :rejectionReason, :version, :createdAt, :updatedAt,
                    :publishedAt)""").param("code", r.code()), r)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeChildren(id, r);
        return withId(r, id);
    }

    /**
     * Replaces the stored resource if it is still at {@code expectedVersion}; the resource passed in
     * carries the new version. Returns false, and changes nothing, when someone else got there first.
     */
    boolean update(DataResource r, long expectedVersion) {
        int rows = bind(jdbc.sql("""
                UPDATE data_resource SET title = :title, description = :description,
                    organization_id = :organizationId, organization_name = :organizationName,
                    division_code = :divisionCode, division_level = :level, theme = :theme,
                    update_frequency = :updateFrequency, licence = :licence, contact_name = :contactName,
                    contact_phone = :contactPhone, contact_email = :contactEmail, grade = :grade,
                    sensitivity = :sensitivity, sharing = :sharing, sharing_conditions = :sharingConditions,
                    sharing_basis = :sharingBasis, opening = :opening, opening_conditions = :openingConditions,
                    opening_basis = :openingBasis, high_quality = :highQuality, state = :state,
                    rejection_reason = :rejectionReason, version = :version, created_at = :createdAt,
                    updated_at = :updatedAt, published_at = :publishedAt
                WHERE id = :id AND version = :expectedVersion"""), r)
                .param("id", r.id())
                .param("expectedVersion", expectedVersion)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM resource_field WHERE resource_id = :id").param("id", r.id()).update();
        jdbc.sql("DELETE FROM resource_keyword WHERE resource_id = :id").param("id", r.id()).update();
        writeChildren(r.id(), r);
        return true;
    }

    void appendChange(long resourceId, ResourceChange change) {
        jdbc.sql("""
                INSERT INTO resource_change (resource_id, version, action, actor, changed_at, note, changes)
                VALUES (:resourceId, :version, :action, :actor, :at, :note, :changes)""")
                .param("resourceId", resourceId)
                .param("version", change.version())
                .param("action", change.action())
                .param("actor", change.actor())
                .param("at", timestamp(change.at()))
                .param("note", change.note())
                .param("changes", json.writeValueAsString(change.changes()))
                .update();
    }

    /** The resource's history, oldest first. */
    List<ResourceChange> changes(long resourceId) {
        return jdbc.sql("""
                SELECT version, action, actor, changed_at, note, changes FROM resource_change
                WHERE resource_id = :id ORDER BY version""")
                .param("id", resourceId)
                .query((rs, n) -> new ResourceChange(rs.getLong("version"), rs.getString("action"),
                        rs.getString("actor"), instant(rs, "changed_at"), rs.getString("note"),
                        json.readValue(rs.getString("changes"), CHANGES)))
                .list();
    }

    /** Every resource in id order, read in batches so that a large ledger never sits in memory at once. */
    void forEach(Consumer<DataResource> action) {
        long after = 0;
        while (true) {
            List<DataResource> batch = jdbc.sql("SELECT " + COLUMNS
                            + " FROM data_resource WHERE id > :after ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")
                    .param("after", after)
                    .query(ResourceStore::row).list();
            if (batch.isEmpty()) {
                return;
            }
            withChildren(batch).forEach(action);
            after = batch.get(batch.size() - 1).id();
        }
    }

    /**
     * The next serial number for codes under this 6-digit division prefix. The counter row is locked by
     * the UPDATE until the transaction ends, so instances never hand out the same number.
     */
    long nextSerial(String prefix) {
        jdbc.sql("INSERT INTO resource_code_counter (prefix, last_value) VALUES (:prefix, 0) ON CONFLICT DO NOTHING")
                .param("prefix", prefix).update();
        jdbc.sql("UPDATE resource_code_counter SET last_value = last_value + 1 WHERE prefix = :prefix")
                .param("prefix", prefix).update();
        return jdbc.sql("SELECT last_value FROM resource_code_counter WHERE prefix = :prefix")
                .param("prefix", prefix).query(Long.class).single();
    }

    /**
     * Counts by one column over resources whose division code lies in [low, high]; null bounds mean all.
     * The column is always one of ours, never text from a request.
     */
    Map<String, Long> countBy(String column, @Nullable String low, @Nullable String high) {
        return group(column, low, high);
    }

    /** Counts grouped by the first {@code digits} digits of the division code. */
    Map<String, Long> countByDivisionPrefix(int digits, @Nullable String low, @Nullable String high) {
        return group("SUBSTRING(division_code, 1, " + digits + ")", low, high);
    }

    long count(@Nullable String low, @Nullable String high, boolean highQualityOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM data_resource WHERE " + range(low)
                        + (highQualityOnly ? " AND high_quality = TRUE" : ""))
                .params(bounds(low, high)).query(Long.class).single();
    }

    private Map<String, Long> group(String expression, @Nullable String low, @Nullable String high) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT " + expression + " AS k, COUNT(*) AS n FROM data_resource WHERE " + range(low)
                        + " GROUP BY " + expression)
                .params(bounds(low, high))
                .query((ResultSet rs) -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }

    private static String range(@Nullable String low) {
        return low == null ? "1 = 1" : "division_code BETWEEN :low AND :high";
    }

    private static Map<String, Object> bounds(@Nullable String low, @Nullable String high) {
        return low == null || high == null ? Map.of() : Map.of("low", low, "high", high);
    }

    private void writeChildren(long id, DataResource r) {
        for (int i = 0; i < r.fields().size(); i++) {
            FieldSpec f = r.fields().get(i);
            jdbc.sql("""
                    INSERT INTO resource_field (resource_id, seq, name, label, field_type, unit, nullable, personal, key_field)
                    VALUES (:id, :seq, :name, :label, :type, :unit, :nullable, :personal, :key)""")
                    .param("id", id).param("seq", i).param("name", f.name()).param("label", f.label())
                    .param("type", f.type().name()).param("unit", f.unit())
                    .param("nullable", f.nullable()).param("personal", f.personal()).param("key", f.key())
                    .update();
        }
        for (int i = 0; i < r.keywords().size(); i++) {
            jdbc.sql("INSERT INTO resource_keyword (resource_id, seq, keyword) VALUES (:id, :seq, :keyword)")
                    .param("id", id).param("seq", i).param("keyword", r.keywords().get(i))
                    .update();
        }
    }

    private Optional<DataResource> one(List<DataResource> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(withChildren(rows).get(0));
    }

    /** Fills in fields and keywords for a batch of rows read without them. */
    private List<DataResource> withChildren(List<DataResource> rows) {
        List<Long> ids = rows.stream().map(DataResource::id).toList();
        Map<Long, List<FieldSpec>> fields = new HashMap<>();
        jdbc.sql("""
                SELECT resource_id, name, label, field_type, unit, nullable, personal, key_field FROM resource_field
                WHERE resource_id IN (:ids) ORDER BY resource_id, seq""")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    fields.computeIfAbsent(rs.getLong("resource_id"), k -> new ArrayList<>()).add(new FieldSpec(
                            rs.getString("name"), rs.getString("label"), FieldType.valueOf(rs.getString("field_type")),
                            rs.getString("unit"), rs.getBoolean("nullable"), rs.getBoolean("personal"),
                            rs.getBoolean("key_field")));
                });
        Map<Long, List<String>> keywords = new HashMap<>();
        jdbc.sql("SELECT resource_id, keyword FROM resource_keyword WHERE resource_id IN (:ids) ORDER BY resource_id, seq")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    keywords.computeIfAbsent(rs.getLong("resource_id"), k -> new ArrayList<>())
                            .add(rs.getString("keyword"));
                });
        return rows.stream().map(r -> withChildren(r, keywords.getOrDefault(r.id(), List.of()),
                fields.getOrDefault(r.id(), List.of()))).toList();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, DataResource r) {
        return sql.param("title", r.title())
                .param("description", r.description())
                .param("organizationId", r.organizationId())
                .param("organizationName", r.organizationName())
                .param("divisionCode", r.divisionCode())
                .param("level", r.level().name())
                .param("theme", r.theme().name())
                .param("updateFrequency", r.updateFrequency().name())
                .param("licence", r.licence())
                .param("contactName", r.contact().name())
                .param("contactPhone", r.contact().phone())
                .param("contactEmail", r.contact().email())
                .param("grade", r.grade().name())
                .param("sensitivity", r.sensitivity().name())
                .param("sharing", r.sharing().attribute().name())
                .param("sharingConditions", r.sharing().conditions())
                .param("sharingBasis", r.sharing().basis())
                .param("opening", r.opening().attribute().name())
                .param("openingConditions", r.opening().conditions())
                .param("openingBasis", r.opening().basis())
                .param("highQuality", r.highQuality())
                .param("state", r.state().name())
                .param("rejectionReason", r.rejectionReason())
                .param("version", r.version())
                .param("createdAt", timestamp(r.createdAt()))
                .param("updatedAt", timestamp(r.updatedAt()))
                .param("publishedAt", r.publishedAt() == null ? null : timestamp(r.publishedAt()));
    }

    private static DataResource row(ResultSet rs, int rowNum) throws SQLException {
        return new DataResource(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("division_code"),
                DivisionLevel.valueOf(rs.getString("division_level")),
                Theme.valueOf(rs.getString("theme")),
                List.of(),
                List.of(),
                UpdateFrequency.valueOf(rs.getString("update_frequency")),
                rs.getString("licence"),
                new Contact(rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email")),
                SecurityGrade.valueOf(rs.getString("grade")),
                Sensitivity.valueOf(rs.getString("sensitivity")),
                new SharingTerms(SharingAttribute.valueOf(rs.getString("sharing")),
                        rs.getString("sharing_conditions"), rs.getString("sharing_basis")),
                new OpeningTerms(OpeningAttribute.valueOf(rs.getString("opening")),
                        rs.getString("opening_conditions"), rs.getString("opening_basis")),
                rs.getBoolean("high_quality"),
                LifecycleState.valueOf(rs.getString("state")),
                rs.getString("rejection_reason"),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getObject("published_at") == null ? null : instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static DataResource withId(DataResource r, long id) {
        return new DataResource(id, r.code(), r.title(), r.description(), r.organizationId(), r.organizationName(),
                r.divisionCode(), r.level(), r.theme(), r.keywords(), r.fields(), r.updateFrequency(), r.licence(),
                r.contact(), r.grade(), r.sensitivity(), r.sharing(), r.opening(), r.highQuality(), r.state(),
                r.rejectionReason(), r.version(), r.createdAt(), r.updatedAt(), r.publishedAt());
    }

    private static DataResource withChildren(DataResource r, List<String> keywords, List<FieldSpec> fields) {
        return new DataResource(r.id(), r.code(), r.title(), r.description(), r.organizationId(),
                r.organizationName(), r.divisionCode(), r.level(), r.theme(), keywords, fields, r.updateFrequency(),
                r.licence(), r.contact(), r.grade(), r.sensitivity(), r.sharing(), r.opening(), r.highQuality(),
                r.state(), r.rejectionReason(), r.version(), r.createdAt(), r.updatedAt(), r.publishedAt());
    }
}
