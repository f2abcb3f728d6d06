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
    void everyConstantAPageShowsHasAName() throws IOException {
        Properties chinese = load("i18n/portal.properties");

        for (Theme theme : Theme.values()) {
            assertThat(chinese.getProperty("THEME." + theme.name())).isEqualTo(theme.label());
        }
        for (DivisionLevel level : DivisionLevel.values()) {
            assertThat(chinese.getProperty("LEVEL." + level.name())).isEqualTo(level.label());
        }
        for (OpeningAttribute opening : OpeningAttribute.values()) {
            assertThat(chinese.getProperty("OPENING." + opening.name())).isEqualTo(opening.label());
        }
        for (SecurityGrade grade : SecurityGrade.values()) {
            assertThat(chinese.getProperty("GRADE." + grade.name())).isEqualTo(grade.label());
        }
        for (LifecycleState state : LifecycleState.values()) {
            assertThat(chinese.getProperty("STATE." + state.name())).isEqualTo(state.label());
        }
        for (ApplicationState state : ApplicationState.values()) {
            assertThat(chinese.getProperty("APPLICATION." + state.name())).isEqualTo(state.label());
        }
        for (UpdateFrequency frequency : UpdateFrequency.values()) {
            assertThat(chinese.getProperty("FREQUENCY." + frequency.name())).isEqualTo(frequency.label());
        }
    }
}
