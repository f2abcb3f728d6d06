package io.jingchu.hub.identifier.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jingchu.hub.identifier.PersistentIdentifier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Handle.net REST answer: the Handle protocol's {@code responseCode}, the handle asked for, and its values or a
 * message. Each value has a fixed index per type, so that {@code index=} filters mean the same for every handle:
 * 1 {@code URL} (the landing page; absent from a tombstone), 2 {@code TITLE}, 3 {@code OWNER}, 4 {@code STATUS}
 * ({@code PUBLISHED} or {@code RETIRED}), 5 {@code CONTENT_HASH} (versions), 6 {@code LEDGER_INDEX} (once the
 * ledger has sequenced the publication), 7 {@code RESOURCE} (versions: the handle of their resource).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HandleRecord(int responseCode, String handle, @Nullable List<Value> values, @Nullable String message) {

    static final int SUCCESS = 1;
    static final int SERVER_ERROR = 2;
    static final int HANDLE_NOT_FOUND = 100;
    static final int INVALID_HANDLE = 102;
    static final int VALUES_NOT_FOUND = 200;
    static final int INVALID_VALUE = 202;

    /** One handle value; {@code data.format} is {@code string} for all of them. */
    record Value(int index, String type, Data data, long ttl, String timestamp) {
    }

    record Data(String format, String value) {
    }

    static HandleRecord failure(int responseCode, String handle, String message) {
        return new HandleRecord(responseCode, handle, null, message);
    }

    /** All the values of an identifier, a tombstone's without its landing page. */
    static List<Value> valuesOf(PersistentIdentifier id, long ttl) {
        List<Value> values = new ArrayList<>();
        Instant assigned = id.assignedAt();
        if (!id.retired()) {
            values.add(value(1, "URL", id.landingPage().toString(), ttl, assigned));
        }
        if (id.title() != null && id.owner() != null) {
            values.add(value(2, "TITLE", id.title(), ttl, id.describedAt()));
            values.add(value(3, "OWNER", id.owner(), ttl, id.describedAt()));
        }
        Instant retired = id.retiredAt();
        values.add(retired == null ? value(4, "STATUS", "PUBLISHED", ttl, assigned)
                : value(4, "STATUS", "RETIRED", ttl, retired));
        if (id.contentHash() != null) {
            values.add(value(5, "CONTENT_HASH", id.contentHash(), ttl, assigned));
        }
        if (id.ledgerIndex() != null) {
            values.add(value(6, "LEDGER_INDEX", id.ledgerIndex().toString(), ttl, assigned));
        }
        if (id.versionNumber() != null) {
            String handle = id.handle();
            values.add(value(7, "RESOURCE", handle.substring(0, handle.lastIndexOf('/')), ttl, assigned));
        }
        return values;
    }

    /**
     * The values the Handle API's filters select: those with one of the indexes or one of the types (a type
     * ending in a period selects its period-delimited subtypes too); all of them without filters.
     */
    static List<Value> select(List<Value> values, List<Integer> indexes, List<String> types) {
        if (indexes.isEmpty() && types.isEmpty()) {
            return values;
        }
        return values.stream().filter(v -> indexes.contains(v.index()) || types.stream().anyMatch(t -> typeMatches(t,
                v.type()))).toList();
    }

    private static boolean typeMatches(String asked, String type) {
        String a = asked.toUpperCase(Locale.ROOT);
        if (a.endsWith(".")) {
            return type.equals(a.substring(0, a.length() - 1)) || type.startsWith(a);
        }
        return type.equals(a);
    }

    private static Value value(int index, String type, String data, long ttl, Instant at) {
        return new Value(index, type, new Data("string", data), ttl, at.truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
