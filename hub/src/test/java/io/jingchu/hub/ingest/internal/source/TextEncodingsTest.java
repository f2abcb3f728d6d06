package io.jingchu.hub.ingest.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextEncodingsTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String TEXT = "单位名称,统一社会信用代码,地址\r\n宜昌市数据局,11420500MB1234567X,\"宜昌市西陵区沿江大道\"\r\n"
            + "罕见字,𠀀𪚥㐀,€ and ASCII\r\n";

    @TempDir
    Path dir;

    @Test
    void pureAsciiIsUtf8() throws IOException {
        assertThat(TextEncodings.detect(file("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_8, false));
    }

    @Test
    void chineseUtf8IsUtf8() throws IOException {
        assertThat(TextEncodings.detect(file(TEXT.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_8, false));
    }

    @Test
    void aByteOrderMarkMeansUtf8() throws IOException {
        assertThat(TextEncodings.detect(file(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_8, true));
    }

    @Test
    void gbkTextIsReadAsGb18030() throws IOException {
        TextEncoding found = TextEncodings.detect(file("单位名称,地址\r\n宜昌市数据局,西陵区\r\n".getBytes("GBK")));
        assertThat(found.charset()).isEqualTo(GB18030);
        assertThat(found.isUtf8()).isFalse();
    }

    @Test
    void aCharacterCutAtTheEndOfTheSampleIsNotHeldAgainstUtf8() throws IOException {
        // 中 is three bytes in UTF-8; put its first byte last in the sample, the rest beyond it.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(ascii(TextEncodings.SAMPLE_BYTES - 1));
        bytes.write("中文在此\n".getBytes(StandardCharsets.UTF_8));
        assertThat(TextEncodings.detect(file(bytes.toByteArray())).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aCharacterCutAtTheEndOfAShortFileIsNotUtf8() throws IOException {
        byte[] cut = Arrays.copyOf("abc中".getBytes(StandardCharsets.UTF_8), 5);
        assertThat(TextEncodings.detect(file(cut)).charset()).isEqualTo(GB18030);
    }

    @Test
    void onlyTheSampleIsJudged() throws IOException {
        byte[] later = concat(ascii(TextEncodings.SAMPLE_BYTES + 10), new byte[] {(byte) 0xC3, 0x28});
        assertThat(TextEncodings.detect(file(later)).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void gb18030RoundTripsThroughTranscoding() throws IOException {
        Path in = file(TEXT.getBytes(GB18030));
        Path out = dir.resolve("out.csv");
        List<Long> progress = new ArrayList<>();

        TextEncodings.transcode(in, GB18030, out, progress::add);

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(progress).last().isEqualTo(Files.size(in));
    }

    @Test
    void largeFilesRoundTripAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_500_000; i++) {
            text.append(i).append(",湖北省宜昌市第").append(i).append("号𠀀\n");
        }
        Path in = file(text.toString().getBytes(GB18030));
        Path out = dir.resolve("out.csv");
        List<Long> progress = new ArrayList<>();

        TextEncodings.transcode(in, GB18030, out, progress::add);

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(text.toString());
        assertThat(progress).isSorted().hasSizeGreaterThan(1).last().isEqualTo(Files.size(in));
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() throws IOException {
        Path in = file(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        Path out = dir.resolve("out.csv");

        TextEncodings.transcode(in, StandardCharsets.UTF_8, out, n -> { });

        assertThat(Files.readAllBytes(out)).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({
            // charset, hex bytes, offset of the first bad byte
            "GB18030, 61 62 FF 63, 2",
            "GB18030, 61 81 20 63, 1",
            "UTF-8, 61 62 63 C3 28, 3",
            "UTF-8, 61 62 63 E4 B8, 3",
            "UTF-8, 61 ED A0 80 62, 1"})
    void malformedInputIsRefusedWithItsOffset(String charset, String hex, long offset) throws IOException {
        Path in = file(hex(hex));
        Path out = dir.resolve("out.csv");

        assertThatThrownBy(() -> TextEncodings.transcode(in, Charset.forName(charset), out, n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ENCODING_INVALID);
                    assertThat(e.field()).isEqualTo("encoding");
                    assertThat(e.args()).containsExactly(Charset.forName(charset).name(), offset);
                });
        assertThat(out).doesNotExist();
    }

    @Test
    void anOffsetFarIntoTheFileIsExact() throws IOException {
        long offset = 300_001;
        Path in = file(concat(ascii((int) offset), new byte[] {(byte) 0xFF, 'a'}));

        assertThatThrownBy(() -> TextEncodings.transcode(in, StandardCharsets.UTF_8, dir.resolve("out.csv"), n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.args()[1]).isEqualTo(offset));
    }

    @Test
    void utf8ReadAsUtf8IsCopiedUnchanged() throws IOException {
        Path in = file(TEXT.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out.csv");

        TextEncodings.transcode(in, StandardCharsets.UTF_8, out, n -> { });

        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(in));
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, UTF-8", "utf8, UTF-8", "GB18030, GB18030", "GBK, GB18030", "gb2312, GB18030", "cp936, GB18030"})
    void namedEncodingsAreKnown(String name, String charset) {
        assertThat(TextEncodings.named(name)).isEqualTo(Charset.forName(charset));
    }

    @ParameterizedTest
    @ValueSource(strings = {"latin1", "UTF-16", "Big5", "", "auto"})
    void otherNamesAreUnknownValues(String name) {
        assertThatThrownBy(() -> TextEncodings.named(name))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_VALUE);
                    assertThat(e.field()).isEqualTo("encoding");
                });
    }

    @Test
    void aRequestedEncodingOverridesDetection() throws IOException {
        Path utf8 = file(TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(TextEncodings.resolve("GBK", utf8).charset()).isEqualTo(GB18030);
        assertThat(TextEncodings.resolve("auto", utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextEncodings.resolve(null, utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aRequestedUtf8NotesTheByteOrderMark() throws IOException {
        Path withBom = file(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(TextEncodings.resolve("UTF-8", withBom)).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, true));
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "in", ".csv"), content);
    }

    private static byte[] ascii(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i % 64 == 63 ? '\n' : 'a' + i % 26);
        }
        return bytes;
    }

    private static byte[] hex(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
