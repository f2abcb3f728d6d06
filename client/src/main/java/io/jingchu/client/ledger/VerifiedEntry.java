package io.jingchu.client.ledger;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * An entry proven to be in the log at {@code index}, under a checkpoint whose signature verified.
 *
 * @param entry the canonical JSON text
 * @param fields the entry read as JSON: {@code v}, {@code type}, {@code at}, {@code actor}, {@code resource},
 *        {@code payload}
 */
public record VerifiedEntry(long index, String entry, Map<String, Object> fields, Checkpoint checkpoint) {

    public VerifiedEntry {
        // entries hold nulls (an entry about no resource), which Map.copyOf refuses
        fields = Collections.unmodifiableMap(new HashMap<>(fields));
    }

    public String type() {
        return String.valueOf(fields.get("type"));
    }

    /** A member of the payload, or null. */
    public Object payload(String name) {
        return fields.get("payload") instanceof Map<?, ?> payload ? payload.get(name) : null;
    }
}
