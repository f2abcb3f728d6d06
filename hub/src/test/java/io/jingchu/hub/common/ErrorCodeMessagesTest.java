package io.jingchu.hub.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error code speaks both languages, and every category has a title. */
class ErrorCodeMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyCodeHasAMessage(String bundle) throws IOException {
        Properties messages = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(messages.getProperty(code.messageKey())).as(bundle + " " + code).isNotBlank();
        }
        for (ErrorCode.Category category : ErrorCode.Category.values()) {
            assertThat(messages.getProperty("title." + category)).as(bundle + " " + category).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 405, 406, 415, 401, 403, 400, 500})
    void statusOnlyFailuresGetACodeOfTheSameStatus(int status) {
        assertThat(ErrorCode.forStatus(status).status().value()).isEqualTo(status);
    }
}
