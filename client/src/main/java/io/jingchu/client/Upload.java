package io.jingchu.client;

import java.time.Instant;
import java.util.Objects;

/**
 * 上传: a file being sent to the hub in chunks, to load afterwards with {@link LoadRequest#upload(String)}.
 *
 * @param id the hub's id ({@code u-…})
 * @param size the size declared when it was created, in bytes
 * @param received how many bytes the hub has: the offset of the next chunk
 * @param complete whether all {@code size} bytes have arrived
 * @param expiresAt when the hub forgets an upload that was not loaded
 */
public record Upload(String id, String filename, long size, long received, boolean complete, Instant expiresAt) {

    public Upload {
        Objects.requireNonNull(id, "id");
    }

    /** Bytes still to send. */
    public long remaining() {
        return Math.max(0, size - received);
    }
}
