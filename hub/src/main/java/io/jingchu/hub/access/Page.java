package io.jingchu.hub.access;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.List;

/**
 * One page of a listing: {@code items} from {@code offset} on, at most {@code limit} of them, out of
 * {@code total}.
 */
public record Page<T>(long total, int offset, int limit, List<T> items) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public Page {
        items = List.copyOf(items);
    }

    /** Refuses a window outside {@code offset >= 0} and {@code 1 <= limit <= 100}, naming the field. */
    public static void checkWindow(int offset, int limit) {
        if (offset < 0) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "offset", offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "limit", limit);
        }
    }
}
