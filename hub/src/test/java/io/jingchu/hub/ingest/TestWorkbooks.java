package io.jingchu.hub.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test fixture: spreadsheets that attack the reader. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** The same XLSX with its first sheet's XML padded by blanks: tiny compressed, huge expanded. */
    public static byte[] withPaddedSheet(byte[] xlsx, int blanks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("</sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                    for (int written = 0; written < blanks; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
