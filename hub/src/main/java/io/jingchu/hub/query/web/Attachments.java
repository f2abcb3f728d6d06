package io.jingchu.hub.query.web;

import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition: attachment} with the file name in both forms: plain and RFC 5987 ({@code filename*}). */
final class Attachments {

    private Attachments() {
    }

    static String disposition(String filename) {
        StringBuilder plain = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            encoded.append(attrChar ? String.valueOf(c) : String.format("%%%02X", b & 0xff));
            plain.append(attrChar ? c : '_');
        }
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
    }
}
