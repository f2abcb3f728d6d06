package io.jingchu.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.Callers;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Every identity endpoint that is not for everyone refuses everyone it is not for. */
class AccessRulesIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    IdentityApi identity;

    /** An endpoint with a body that would succeed for an allowed caller. */
    private record Endpoint(HttpMethod method, String uri, String body) {

        @Override
        public String toString() {
            return method + " " + uri;
        }
    }

    private static final String REFUSED = "refused-" + System.nanoTime();
    private static final Endpoint CREATE_ORGANIZATION = new Endpoint(HttpMethod.POST, "/api/v1/organizations", """
            {"code": "%s", "name": "不该出现的单位", "divisionCode": "420500000000"}""".formatted(REFUSED));
    private static final Endpoint CREATE_USER = new Endpoint(HttpMethod.POST, "/api/v1/users", """
            {"username": "%s", "password": "a-long-password", "roles": ["ADMIN"]}""".formatted(REFUSED));
    private static final Endpoint LIST_USERS = new Endpoint(HttpMethod.GET, "/api/v1/users", "");

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(CREATE_ORGANIZATION, Role.PUBLISHER),
                Arguments.of(CREATE_ORGANIZATION, Role.CONSUMER),
                Arguments.of(CREATE_ORGANIZATION, Role.AUDITOR),
                Arguments.of(CREATE_USER, Role.PUBLISHER),
                Arguments.of(CREATE_USER, Role.CONSUMER),
                Arguments.of(CREATE_USER, Role.AUDITOR),
                Arguments.of(LIST_USERS, Role.PUBLISHER),
                Arguments.of(LIST_USERS, Role.CONSUMER));
    }

    static Stream<Endpoint> forUsersOnly() {
        return Stream.of(CREATE_ORGANIZATION, CREATE_USER, LIST_USERS,
                new Endpoint(HttpMethod.GET, "/api/v1/me", ""),
                new Endpoint(HttpMethod.GET, "/api/v1/auth/tokens", ""),
                new Endpoint(HttpMethod.POST, "/api/v1/auth/tokens", """
                        {"name": "anonymous"}"""),
                new Endpoint(HttpMethod.DELETE, "/api/v1/auth/tokens/1", ""));
    }

    private MockMvcRequestBuilder request(Endpoint endpoint) {
        MockMvcRequestBuilder request = mvc.method(endpoint.method()).uri(endpoint.uri());
        if (!endpoint.body().isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        return request;
    }

    @ParameterizedTest(name = "{0} refused for {1}")
    @MethodSource("refusals")
    void refusedForRolesItIsNotFor(Endpoint endpoint, Role role) {
        Caller caller = accounts.user(role);

        assertThat(request(endpoint).with(Callers.as(caller)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 403, "code": "ACCESS_DENIED"}""");
        assertThat(identity.organizationByCode(REFUSED)).isEmpty();
        assertThat(identity.user(REFUSED)).isEmpty();
    }

    @ParameterizedTest(name = "{0} needs a login")
    @MethodSource("forUsersOnly")
    void anonymousCallersMustAuthenticate(Endpoint endpoint) {
        assertThat(request(endpoint))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jingchu\"")
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 401, "code": "AUTHENTICATION_REQUIRED", "instance": "%s"}""".formatted(endpoint.uri()));
    }

    @Test
    void aRealTokenWithoutTheRoleIsRefusedToo() {
        String token = accounts.token(accounts.publisher());

        assertThat(request(CREATE_ORGANIZATION).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
    }

    @Test
    void auditorsMayListUsers() {
        assertThat(request(LIST_USERS).with(Callers.as(accounts.auditor()))).hasStatusOk();
    }

    @Test
    void refusalsSpeakTheRequestsLanguage() {
        assertThat(mvc.get().uri("/api/v1/me"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "zh-CN")
                .bodyJson().extractingPath("$.detail").isEqualTo("请先登录或提供有效的 API 令牌");
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .bodyJson().isLenientlyEqualTo("""
                        {"title": "Access refused", "detail": "Log in or present a valid API token"}""");
        assertThat(mvc.get().uri("/api/v1/users").with(Callers.as(accounts.consumer())).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .bodyJson().extractingPath("$.detail").isEqualTo("You may not do this");
    }

    @Test
    void securityHeadersAreSent() {
        assertThat(mvc.get().uri("/api/v1/regions"))
                .hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("X-Frame-Options", "DENY");
    }

    @Test
    void theApiDocumentIsPublicAndTheCallerIsNoParameter() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
                .bodyJson()
                .hasPath("$.paths['/api/v1/me'].get")
                .doesNotHavePath("$.paths['/api/v1/me'].get.parameters")
                .doesNotHavePath("$.paths['/api/v1/auth/tokens'].get.parameters");
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAreForTheBureau() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/metrics")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/actuator/metrics").with(Callers.as(accounts.consumer()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/metrics").with(Callers.as(accounts.admin()))).hasStatusOk();
    }
}
