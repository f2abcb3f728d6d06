package io.jingchu.client;

import java.util.List;

/**
 * What a publisher writes when registering or editing a resource (the hub's ResourceDraft). Null members
 * are left out of the request.
 *
 * @param code stable code; the hub generates one at registration when null
 * @param organizationId owning organization; a publisher may leave it null for its own
 */
public record ResourceDraft(
        String code,
        String title,
        String description,
        Long organizationId,
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
        Boolean highQuality) {
}
