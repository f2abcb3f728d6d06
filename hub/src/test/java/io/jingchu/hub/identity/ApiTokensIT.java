package io.jingchu.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.testing.Callers;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** API tokens: issued once, stored as a hash, accepted as bearer tokens until revoked or expired. */
class ApiTokensIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private record Issued(long id, String token) {
    }

    private Issued issue(Caller caller, String body) {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/tokens")
                .with(httpBasic(caller.username(), TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        String json = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return new Issued(((Number) JsonPath.read(json, "$.id")).longValue(), JsonPath.read(json, "$.token"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void aTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        Caller consumer = accounts.consumer();

        Issued issued = issue(consumer, """
                {"name": "cli", "expiresAt": "2099-01-01T00:00:00Z"}""");

        assertThat(issued.token()).startsWith("jct_").hasSize(4 + 43);
        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(issued.id()).query(String.class).single())
                .isEqualTo(sha256(issued.token()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR name = ?")
                .params(issued.token(), issued.token()).query(Long.class).single()).isZero();
        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(Callers.as(consumer))).hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"id": %d, "name": "cli", "expiresAt": "2099-01-01T00:00:00Z"}]""".formatted(issued.id()))
                .doesNotHavePath("$[0].token");
    }

    @Test
    void aTokenAuthenticatesAsItsUser() {
        Caller publisher = accounts.publisher();
        String token = accounts.token(publisher);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"username": "%s", "roles": ["PUBLISHER"], "organizationId": %d}
                        """.formatted(publisher.username(), publisher.organizationId()));
    }

    @Test
    void aRevokedTokenIsRefused() {
        Caller consumer = accounts.consumer();
        Issued issued = issue(consumer, """
                {"name": "laptop"}""");

        assertThat(mvc.delete().uri("/api/v1/auth/tokens/{id}", issued.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(issued.token()))).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jingchu\", error=\"invalid_token\"")
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 401, "code": "TOKEN_INVALID"}""");
        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(Callers.as(consumer)))
                .bodyJson().extractingPath("$[0].revokedAt").isNotNull();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Caller consumer = accounts.consumer();
        Issued issued = issue(consumer, """
                {"name": "short-lived", "expiresAt": "%s"}""".formatted(Instant.now().plusSeconds(3600)));
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.token()))).hasStatusOk();

        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), issued.id()).update();

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.code").isEqualTo("TOKEN_INVALID");
    }

    @Test
    void anUnknownTokenIsRefusedEvenWherePublic() {
        String unknown = "jct_" + "A".repeat(43);

        assertThat(mvc.get().uri("/api/v1/regions").header(HttpHeaders.AUTHORIZATION, bearer(unknown)))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.code").isEqualTo("TOKEN_INVALID");
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer("not-a-token")))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.code").isEqualTo("TOKEN_INVALID");
    }

    @Test
    void anExpiryInThePastIsRefused() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens").with(Callers.as(accounts.consumer()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "stale", "expiresAt": "2000-01-01T00:00:00Z"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_INVALID", "field": "expiresAt"}""");
    }

    @Test
    void aTokenNeedsAName() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens").with(Callers.as(accounts.consumer()))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_REQUIRED", "field": "name"}""");
    }

    @Test
    void useIsRecordedAtMostOnceAMinute() {
        Caller consumer = accounts.consumer();
        Issued issued = issue(consumer, """
                {"name": "busy"}""");
        String lastUsed = "SELECT last_used_at FROM api_token WHERE id = ?";
        assertThat(jdbc.sql(lastUsed).param(issued.id()).query(OffsetDateTime.class).optional()).isEmpty();

        mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())).exchange();
        OffsetDateTime first = jdbc.sql(lastUsed).param(issued.id()).query(OffsetDateTime.class).single();
        mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())).exchange();

        assertThat(first).isNotNull();
        assertThat(jdbc.sql(lastUsed).param(issued.id()).query(OffsetDateTime.class).single()).isEqualTo(first);
    }

    @Test
    void someoneElsesTokenCannotBeRevokedButByTheBureau() {
        Caller owner = accounts.consumer();
        Issued issued = issue(owner, """
                {"name": "mine"}""");

        assertThat(mvc.delete().uri("/api/v1/auth/tokens/{id}", issued.id()).with(Callers.as(accounts.consumer())))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("TOKEN_NOT_FOUND");
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.token()))).hasStatusOk();

        assertThat(mvc.delete().uri("/api/v1/auth/tokens/{id}", issued.id()).with(Callers.as(accounts.admin())))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.token())))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theApiKeepsNoSession() {
        Caller consumer = accounts.consumer();

        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(consumer.username(), TestAccounts.PASSWORD)))
                .hasStatusOk()
                .doesNotContainHeader(HttpHeaders.SET_COOKIE)
                .request().sessionAttributes().isEmpty();
    }
}
