package io.jingchu.client;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * 数据资源: one entry of the ledger as the hub returns it. Enumerated values (level, theme, grade, state …)
 * are the hub's constant names, kept as text so that a newer hub does not break an older client.
 *
 * @param descriptionHtml the description rendered from Markdown and sanitized by the hub; only on single reads
 * @param version the version to name when changing it
 * @param json the whole document as received, including members this client does not know
 */
public record Resource(
        long id,
        String code,
        String title,
        String description,
        String descriptionHtml,
        Long organizationId,
        String organizationName,
        String divisionCode,
        String level,
        String theme,
        List<String> keywords,
        List<FieldSpec> fields,
        String updateFrequency,
        String licence,
        Contact contact,
        String grade,
        String sensitivity,
        Terms sharing,
        Terms opening,
        boolean highQuality,
        String state,
        String rejectionReason,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        @JacksonInject(value = Json.SOURCE, useInput = OptBoolean.FALSE) JsonNode json) {

    public Resource {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Its writable members, to edit and send back with {@link JingchuClient#updateResource}. */
    public ResourceDraft toDraft() {
        return new ResourceDraft(code, title, description, organizationId, theme, keywords, fields, updateFrequency,
                licence, contact, grade, sensitivity, sharing, opening, highQuality);
    }
}
