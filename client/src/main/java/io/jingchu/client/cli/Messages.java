package io.jingchu.client.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The tool's own words in the chosen language ({@code messages*.properties}), and the Chinese labels of the
 * hub's constant names ({@code labels.properties}: 无条件开放 for UNCONDITIONAL …). In English the constant
 * names are shown as they are.
 */
final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle texts;
    private final ResourceBundle labels;
    private final Locale locale;

    private Messages(Locale locale, ResourceBundle texts, ResourceBundle labels) {
        this.locale = locale;
        this.texts = texts;
        this.labels = labels;
    }

    static Messages of(JingchuCommand.Language language) {
        Locale locale = language == JingchuCommand.Language.en ? Locale.ENGLISH : Locale.ROOT;
        return new Messages(locale,
                ResourceBundle.getBundle("io.jingchu.client.cli.messages", locale, NO_FALLBACK),
                language == JingchuCommand.Language.en ? null
                        : ResourceBundle.getBundle("io.jingchu.client.cli.labels", Locale.ROOT, NO_FALLBACK));
    }

    /** The text under this key, with {@code {0}}, {@code {1}} … filled in. */
    String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * How to show one of the hub's constants: {@code label("opening", "CONDITIONAL")} is 有条件开放 in
     * Chinese. Unknown values and English show the constant itself; null shows as empty.
     */
    String label(String kind, String value) {
        if (value == null) {
            return "";
        }
        if (labels == null) {
            return value;
        }
        try {
            return labels.getString(kind + "." + value);
        } catch (MissingResourceException e) {
            return value;
        }
    }

    String yesNo(boolean yes) {
        return text(yes ? "yes" : "no");
    }
}
