package io.jingchu.hub.catalog;

import io.jingchu.hub.region.DivisionLevel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 数据资源: one entry of the ledger ("一本账"), as stored. Immutable; every change produces a new value
 * with a higher {@code version}, used to detect concurrent edits.
 *
 * @param organizationName, divisionCode, level copied from the owning organization at write time so that
 *        statistics and search need no join across modules
 */
public record DataResource(
        long id,
        String code,
        String title,
        @Nullable String description,
        long organizationId,
        String organizationName,
        String divisionCode,
        DivisionLevel level,
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
        boolean highQuality,
        LifecycleState state,
        @Nullable String rejectionReason,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    public DataResource {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        keywords = List.copyOf(keywords);
        fields = List.copyOf(fields);
    }

    /** Whether the public may find it in the open catalog: published and not 不予开放. */
    public boolean isOpen() {
        return state == LifecycleState.PUBLISHED && opening.attribute() != OpeningAttribute.NONE;
    }

    public boolean holdsPersonalInformation() {
        return fields.stream().anyMatch(FieldSpec::personal);
    }
}
