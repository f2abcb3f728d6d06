package io.jingchu.hub.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a publisher writes when it registers or edits a resource: everything but identity, state and
 * bookkeeping. Checked by the ledger's rules on every write.
 *
 * @param code stable human-readable code; generated when null at registration, never changed afterwards
 * @param organizationId owning organization; a PUBLISHER may leave it null for its own
 */
public record ResourceDraft(
        @Nullable String code,
        String title,
        @Nullable String description,
        @Nullable Long organizationId,
        Theme theme,
        List<String> keywords,
        List<FieldSpec> fields,
        UpdateFrequency updateFrequency,
        String licence,
        Contact contact,
        SecurityGrade grade,
        Sensitivity sensitivity,
        SharingTerms sharing,
        OpeningTerms opening,
        boolean highQuality) {

    public ResourceDraft {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Whether any field is marked as holding personal information. */
    public boolean holdsPersonalInformation() {
        return fields.stream().anyMatch(FieldSpec::personal);
    }
}
