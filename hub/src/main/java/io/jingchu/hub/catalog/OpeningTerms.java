package io.jingchu.hub.catalog;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The opening attribute with what it needs: conditions for 有条件开放, the legal basis for 不予开放.
 */
public record OpeningTerms(OpeningAttribute attribute, @Nullable String conditions, @Nullable String basis) {

    public OpeningTerms {
        Objects.requireNonNull(attribute, "attribute");
    }
}
