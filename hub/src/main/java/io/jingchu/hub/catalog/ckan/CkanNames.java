package io.jingchu.hub.catalog.ckan;

import java.util.Locale;

/** CKAN's names: lower case, made of {@code a-z}, {@code 0-9}, {@code -} and {@code _} only. */
final class CkanNames {

    private CkanNames() {
    }

    /** The CKAN name for a hub code: lower-cased, with every other character replaced by {@code -}. */
    static String of(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            name.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ? c : '-');
        }
        return name.toString();
    }
}
