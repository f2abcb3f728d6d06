package io.jingchu.client;

import java.io.IOException;
import java.io.InputStream;

/**
 * The next {@code limit} bytes of a stream, and not one more. Closing it leaves the stream open, so that a
 * caller can send several chunks of one stream.
 */
final class BoundedInputStream extends InputStream {

    private final InputStream stream;
    private long left;

    BoundedInputStream(InputStream stream, long limit) {
        this.stream = stream;
        this.left = limit;
    }

    @Override
    public int read() throws IOException {
        if (left <= 0) {
            return -1;
        }
        int next = stream.read();
        if (next >= 0) {
            left--;
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (left <= 0) {
            return -1;
        }
        int read = stream.read(buffer, offset, (int) Math.min(length, left));
        if (read > 0) {
            left -= read;
        }
        return read;
    }

    @Override
    public void close() {
        // the caller's stream stays open
    }
}
