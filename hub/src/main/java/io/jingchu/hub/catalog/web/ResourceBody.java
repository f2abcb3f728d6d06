package io.jingchu.hub.catalog.web;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of a registration ({@code POST}) or an edit ({@code PUT}, which also names the version it
 * edits). Presence and shape of the members are checked by the ledger's rules, which name every offending
 * field at once, rather than here.
 */
record ResourceBody(
        @Nullable String code,
        @Nullable String title,
        @Nullable String description,
        @Nullable Long organizationId,
        @Nullable Theme theme,
        @Nullable List<String> keywords,
        @Nullable List<FieldSpec> fields,
        @Nullable UpdateFrequency updateFrequency,
        @Nullable String licence,
        @Nullable Contact contact,
        @Nullable SecurityGrade grade,
        @Nullable Sensitivity sensitivity,
        @Nullable SharingTerms sharing,
        @Nullable OpeningTerms opening,
        @Nullable Boolean highQuality,
        @Nullable Long version) {

    ResourceDraft toDraft() {
        // The draft's lists refuse null elements; name them instead of failing on them.
        List<ValidationException.Violation> holes = new ArrayList<>();
        nullElements("keywords", keywords, holes);
        nullElements("fields", fields, holes);
        if (!holes.isEmpty()) {
            throw new ValidationException(holes);
        }
        return new ResourceDraft(code, title, description, organizationId, theme, keywords, fields, updateFrequency,
                licence, contact, grade, sensitivity, sharing, opening, Boolean.TRUE.equals(highQuality));
    }

    private static void nullElements(String name, @Nullable List<?> list, List<ValidationException.Violation> out) {
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    out.add(ValidationException.Violation.of(ErrorCode.FIELD_REQUIRED, name + "[" + i + "]"));
                }
            }
        }
    }
}
