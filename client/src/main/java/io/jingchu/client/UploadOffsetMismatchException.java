package io.jingchu.client;

import java.util.List;

/**
 * The hub refused a chunk because it was not sent at the offset the hub expected
 * ({@code 409 UPLOAD_OFFSET_MISMATCH}); the next chunk goes at {@link #received()}.
 */
public class UploadOffsetMismatchException extends JingchuException {

    static final String CODE = "UPLOAD_OFFSET_MISMATCH";

    private final long received;

    public UploadOffsetMismatchException(int status, String field, String detail, long received) {
        super(status, CODE, field, detail, List.of());
        this.received = received;
    }

    /** How many bytes of the upload the hub has. */
    public long received() {
        return received;
    }
}
