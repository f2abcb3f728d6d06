package io.jingchu.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the hub says who may call it with {@code @PreAuthorize} on the method or its class
 * ({@code permitAll()} for public ones). The URL rules let the hub's own paths through and leave the decision
 * to these annotations, so an endpoint that forgot one would be open to anyone: this test fails the build instead.
 */
class EveryEndpointDeclaresAccessIT extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void everyHandlerMethodOfTheHubDeclaresWhoMayCallIt() {
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> ours = handlers.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getName().startsWith("io.jingchu.hub."))
                .toList();

        assertThat(ours).as("the hub's handler methods").isNotEmpty();
        assertThat(ours)
                .filteredOn(entry -> !declaresAccess(entry.getValue()))
                .as("handler methods without @PreAuthorize on the method or its class")
                .extracting(entry -> entry.getValue().getBeanType().getSimpleName() + "." + entry.getValue().getMethod().getName()
                        + " " + entry.getKey())
                .isEmpty();
    }

    private static boolean declaresAccess(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
}
