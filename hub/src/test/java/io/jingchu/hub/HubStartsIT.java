package io.jingchu.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

class HubStartsIT extends IntegrationTest {

    @Test
    void healthIsUpOnThisDatabase() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
    }
}
