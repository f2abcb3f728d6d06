package io.jingchu.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class HubStartsIT extends IntegrationTest {

    @Test
    void healthIsUpOnThisDatabase() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() {
        assertThat(mvc.get().uri("/api/v1/no-such-thing").accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void anUnsupportedMethodIsAProblemDocument() {
        assertThat(mvc.delete().uri("/api/v1/regions").accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                .bodyJson().extractingPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void springsOwnRefusalsSpeakTheRequestsLanguage() {
        assertThat(mvc.delete().uri("/api/v1/regions").header("Accept-Language", "zh-CN"))
                .bodyJson().extractingPath("$.detail").isEqualTo("不支持该请求方法");
        assertThat(mvc.delete().uri("/api/v1/regions").header("Accept-Language", "en"))
                .bodyJson().extractingPath("$.detail").isEqualTo("This request method is not supported");
    }
}
