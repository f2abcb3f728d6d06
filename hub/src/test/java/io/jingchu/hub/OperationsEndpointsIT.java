package io.jingchu.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What operators and developers reach without logging in: health, metrics, the API description. */
class OperationsEndpointsIT extends IntegrationTest {

    @Test
    void prometheusMetricsAreServed() {
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatusOk()
                .bodyText().contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void openApiDocumentDescribesTheLedgerApi() {
        assertThat(mvc.get().uri("/v3/api-docs").accept(MediaType.APPLICATION_JSON)).hasStatusOk()
                .bodyJson().extractingPath("$.paths").asMap()
                .containsKeys("/api/v1/resources", "/api/v1/resources/{code}", "/api/v1/regions/{code}",
                        "/api/v1/auth/tokens");
    }

    @Test
    void swaggerUiIsServedByTheHubItself() {
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk().bodyText().contains("swagger-ui");
    }

    @Test
    void otherActuatorEndpointsNeedAnAdministrator() {
        assertThat(mvc.get().uri("/actuator/env")).hasStatus4xxClientError();
    }
}
