package io.jingchu.hub.ingest.internal.source;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Finds and converts the encoding of delimited text. Chinese government data arrives as UTF-8 (often with a
 * byte order mark, as Excel writes it) or in the national encodings GBK/GB18030; anything that is not valid
 * UTF-8 is taken for GB18030. Conversion is strict: a byte sequence that is not valid in the source encoding
 * is refused with its offset rather than replaced, because a replaced character is silently lost data.
 */
public final class TextEncodings {

    /** How much of a file detection looks at. */
    public static final int SAMPLE_BYTES = 1 << 20;

    /** The request parameter that names an encoding. */
    static final String FIELD = "encoding";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 1 << 17;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Accepted names, compared without case, hyphens and underscores. */
    private static final Map<String, Charset> NAMES = Map.of(
            "utf8", StandardCharsets.UTF_8,
            "gb18030", GB18030,
            "gbk", GB18030,
            "gb2312", GB18030,
            "cp936", GB18030);

    private TextEncodings() {
    }

    /**
     * The encoding of a file, judged from its first {@link #SAMPLE_BYTES} bytes: UTF-8 when they start with
     * a UTF-8 byte order mark or decode strictly as UTF-8 (pure ASCII included), GB18030 otherwise.
     */
    public static TextEncoding detect(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer sample = ByteBuffer.allocate(SAMPLE_BYTES);
            boolean whole = fill(channel, sample);
            sample.flip();
            if (startsWithBom(sample)) {
                return new TextEncoding(StandardCharsets.UTF_8, true);
            }
            return new TextEncoding(isUtf8(sample, whole) ? StandardCharsets.UTF_8 : GB18030, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The encoding a load asked for: detected when {@code requested} is absent or {@code auto}, otherwise
     * the named one (see {@link #named(String)}), noting whether the file starts with a UTF-8 byte order mark.
     */
    public static TextEncoding resolve(@Nullable String requested, Path file) {
        if (requested == null || requested.isBlank() || requested.trim().equalsIgnoreCase("auto")) {
            return detect(file);
        }
        Charset charset = named(requested);
        return new TextEncoding(charset, charset.equals(StandardCharsets.UTF_8) && startsWithBom(file));
    }

    /**
     * The charset for a name a user gave: UTF-8, GB18030, GBK, GB2312 or CP936 (case, hyphens and
     * underscores do not matter); the last three are read as GB18030, their superset.
     *
     * @throws DomainException {@code UNKNOWN_VALUE} on the {@code encoding} field for any other name
     */
    public static Charset named(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        Charset charset = NAMES.get(key);
        if (charset == null) {
            throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, FIELD);
        }
        return charset;
    }

    /**
     * Copies a text file into UTF-8 without a byte order mark, as a stream. A leading byte order mark (in
     * UTF-8, or U+FEFF in any encoding) is dropped.
     *
     * @param bytesRead told the number of source bytes read so far, after each chunk and at the end
     * @throws DomainException {@code ENCODING_INVALID} on the {@code encoding} field when the source holds a
     *     sequence that is not valid in {@code from}; the arguments are the charset name and the byte offset
     *     of the first bad byte. No output is left behind then.
     */
    public static void transcode(Path in, Charset from, Path outUtf8, LongConsumer bytesRead) {
        boolean done = false;
        try {
            copy(in, from, outUtf8, bytesRead);
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done) {
                deleteQuietly(outUtf8);
            }
        }
    }

    private static void copy(Path in, Charset from, Path outUtf8, LongConsumer bytesRead) throws IOException {
        CharsetDecoder decoder = from.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (FileChannel channel = FileChannel.open(in, StandardOpenOption.READ);
             Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(outUtf8),
                     StandardCharsets.UTF_8.newEncoder()), BUFFER)) {
            ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
            CharBuffer chars = CharBuffer.allocate(BUFFER);
            long offset = 0; // file offset of bytes[0]
            boolean start = true;
            boolean eof = false;
            while (!eof) {
                eof = fill(channel, bytes);
                bytes.flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, eof);
                    if (result.isError()) {
                        throw invalid(from, offset + bytes.position());
                    }
                    start = drain(chars, out, start);
                } while (result.isOverflow());
                offset += bytes.position();
                bytes.compact();
                bytesRead.accept(offset);
            }
            CoderResult result;
            do {
                result = decoder.flush(chars);
                start = drain(chars, out, start);
            } while (result.isOverflow());
        }
    }

    /** Writes the decoded characters out, skipping a byte order mark at the very start. */
    private static boolean drain(CharBuffer chars, Writer out, boolean start) throws IOException {
        chars.flip();
        if (start && chars.hasRemaining()) {
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
            start = false;
        }
        out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        chars.clear();
        return start;
    }

    private static DomainException invalid(Charset charset, long offset) {
        return DomainException.onField(ErrorCode.ENCODING_INVALID, FIELD, charset.name(), offset);
    }

    /** Reads until the buffer is full or the file ends; true when it ended. */
    private static boolean fill(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithBom(ByteBuffer sample) {
        if (sample.remaining() < UTF8_BOM.length) {
            return false;
        }
        for (int i = 0; i < UTF8_BOM.length; i++) {
            if (sample.get(sample.position() + i) != UTF8_BOM[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBom(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(UTF8_BOM.length);
            fill(channel, head);
            head.flip();
            return startsWithBom(head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the sample decodes strictly as UTF-8. When the sample is only the start of the file, a
     * multi-byte sequence cut at its end is not held against it: the decoder leaves it undecoded.
     */
    private static boolean isUtf8(ByteBuffer sample, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        CoderResult result;
        do {
            chars.clear();
            result = decoder.decode(sample, chars, wholeFile);
            if (result.isError()) {
                return false;
            }
        } while (result.isOverflow());
        // Without end of input, up to three bytes of a cut sequence may stay undecoded; anything more is wrong.
        return wholeFile ? !sample.hasRemaining() : sample.remaining() < 4;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The failure being reported matters more than a leftover in the caller's temporary directory.
        }
    }
}
