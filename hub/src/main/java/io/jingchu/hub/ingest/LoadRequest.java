package io.jingchu.hub.ingest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to load into a resource.
 *
 * @param format the file's format; null to take it from the file name
 * @param encoding {@code auto} (the default), {@code UTF-8}, {@code GB18030} or {@code GBK}; text formats only
 * @param maxErrors how many rows with values that do not fit their field may be left out before the load
 *        fails; 0 (the default) fails on the first
 * @param sheet the worksheet of a spreadsheet; null for the first
 */
public record LoadRequest(LoadSource source, @Nullable DataFormat format, @Nullable String encoding,
        long maxErrors, @Nullable String sheet) {

    public LoadRequest {
        Objects.requireNonNull(source, "source");
    }

    public static LoadRequest of(LoadSource source) {
        return new LoadRequest(source, null, null, 0, null);
    }
}
