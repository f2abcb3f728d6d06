package io.jingchu.hub.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.region.DivisionLevel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The portal speaks both languages everywhere, and names every constant it shows. */
class PortalMessagesTest {

    static Properties load(String name) throws IOException {
        Properties messages = new Properties();
        try (var in = PortalMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void bothLanguagesHaveTheSameWords() throws IOException {
        Properties chinese = load("i18n/portal.properties");
        Properties english = load("i18n/portal_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        english.stringPropertyNames().forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyConstantAPageShowsHasItsChineseName() throws IOException {
        Properties chinese = load("i18n/portal.properties");

        named(chinese, "THEME", Theme.values(), Theme::label);
        named(chinese, "LEVEL", DivisionLevel.values(), DivisionLevel::label);
        named(chinese, "OPENING", OpeningAttribute.values(), OpeningAttribute::label);
        named(chinese, "GRADE", SecurityGrade.values(), SecurityGrade::label);
        named(chinese, "STATE", LifecycleState.values(), LifecycleState::label);
        named(chinese, "FREQUENCY", UpdateFrequency.values(), UpdateFrequency::label);
        named(chinese, "APPLICATION", ApplicationState.values(), ApplicationState::label);
    }

    private static <E extends Enum<E>> void named(Properties messages, String prefix, E[] constants,
            Function<E, String> label) {
        for (E constant : constants) {
            assertThat(messages.getProperty(prefix + "." + constant.name())).as(constant.name())
                    .isEqualTo(label.apply(constant));
        }
    }
}
