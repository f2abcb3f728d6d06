package io.jingchu.hub.catalog;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 变更记录: one entry of a resource's history: who did what, when, and which attributes changed from
 * what to what.
 *
 * @param version the resource's version after this change
 * @param action REGISTER, UPDATE, SUBMIT, PUBLISH, REJECT or RETIRE
 * @param note a reason where the action takes one (rejection, retirement)
 */
public record ResourceChange(long version, String action, String actor, Instant at, @Nullable String note,
        List<FieldChange> changes) {

    /** One attribute's old and new value, as text. */
    public record FieldChange(String attribute, @Nullable String before, @Nullable String after) {
    }
}
