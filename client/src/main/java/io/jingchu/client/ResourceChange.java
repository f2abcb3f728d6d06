package io.jingchu.client;

import java.time.Instant;
import java.util.List;

/**
 * 变更记录: one entry of a resource's history.
 *
 * @param version the resource's version after the change
 * @param action REGISTER, UPDATE, SUBMIT, PUBLISH, REJECT or RETIRE
 * @param note the reason, where the action takes one
 */
public record ResourceChange(long version, String action, String actor, Instant at, String note,
        List<AttributeChange> changes) {

    public ResourceChange {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** One attribute's old and new value, as text. */
    public record AttributeChange(String attribute, String before, String after) {
    }
}
