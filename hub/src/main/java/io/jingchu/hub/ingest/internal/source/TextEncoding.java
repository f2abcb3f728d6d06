package io.jingchu.hub.ingest.internal.source;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The encoding of a text file as found or as requested: UTF-8 (with or without a byte order mark) or
 * GB18030, which also reads GBK and GB2312 text since it is a superset of both.
 *
 * @param charset how the bytes decode
 * @param byteOrderMark whether the file starts with a UTF-8 byte order mark, which is not part of the text
 */
public record TextEncoding(Charset charset, boolean byteOrderMark) {

    public TextEncoding {
        Objects.requireNonNull(charset, "charset");
    }

    /** Whether the file needs no transcoding to be read as UTF-8 (a byte order mark may still need skipping). */
    public boolean isUtf8() {
        return charset.equals(java.nio.charset.StandardCharsets.UTF_8);
    }
}
