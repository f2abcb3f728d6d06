package io.jingchu.hub.catalog;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The sharing attribute with what it needs: conditions for 有条件共享, the basis for 不予共享.
 */
public record SharingTerms(SharingAttribute attribute, @Nullable String conditions, @Nullable String basis) {

    public SharingTerms {
        Objects.requireNonNull(attribute, "attribute");
    }
}
