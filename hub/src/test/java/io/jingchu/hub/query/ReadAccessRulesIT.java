package io.jingchu.hub.query;

import static io.jingchu.hub.query.QueryData.BUS_STOPS;
import static io.jingchu.hub.query.QueryData.BUS_STOPS_CSV;
import static io.jingchu.hub.query.QueryData.utf8;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.AccessRecord;
import io.jingchu.hub.access.AccessRecordQuery;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IssuedToken;
import io.jingchu.hub.identity.TokenApi;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who reads which data through the row API, exports, downloads and the DataStore: the opening attribute decides
 * (through {@code access}), and every read, refused or not, is recorded with its rows and outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadAccessRulesIT extends IntegrationTest {

    static final List<String> DATA_PATHS = List.of("/rows", "/export.csv", "/versions/1/download");

    @Autowired
    io.jingchu.hub.ingest.IngestFixture ingest;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccessApi access;
    @Autowired
    TokenApi tokens;

    Caller publisher;
    Caller auditor;
    String open;
    String conditional;
    String closed;

    @BeforeAll
    void load() {
        publisher = accounts.publisher();
        auditor = accounts.auditor();
        open = loaded(OpeningAttribute.UNCONDITIONAL);
        conditional = loaded(OpeningAttribute.CONDITIONAL);
        closed = loaded(OpeningAttribute.NONE);
    }

    private String loaded(OpeningAttribute opening) {
        String code = ingest.publishedResource(publisher, opening, BUS_STOPS).code();
        ingest.load(mvc, publisher, code, "stops.csv", utf8(BUS_STOPS_CSV));
        return code;
    }

    MockMvcRequestBuilder get(String code, String path, RequestPostProcessor who) {
        return mvc.get().uri("/api/v1/resources/" + code + path).with(who);
    }

    static RequestPostProcessor bearer(IssuedToken token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.token());
            return request;
        };
    }

    List<AccessRecord> records(String code) {
        return access.accessRecords(auditor, new AccessRecordQuery(code, null, null, null, 0, 100)).items();
    }

    @Test
    void anyoneReadsUnconditionallyOpenDataAndEveryReadIsRecorded() {
        RequestPostProcessor anonymous = request -> {
            request.setRemoteAddr("10.250.1.7");
            return request;
        };
        assertThat(get(open, "/rows", anonymous).exchange()).hasStatusOk();
        assertThat(get(open, "/rows?group_by=district", anonymous).exchange()).hasStatusOk();
        assertThat(get(open, "/export.csv?filter=district:eq:西陵区", anonymous).exchange()).hasStatusOk();
        assertThat(get(open, "/versions/1/download", anonymous).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/api/3/action/datastore_search?resource_id=" + open).with(anonymous).exchange())
                .hasStatusOk();

        assertThat(records(open)).extracting(AccessRecord::kind, AccessRecord::rows, AccessRecord::outcome,
                AccessRecord::versionNumber, AccessRecord::username, AccessRecord::clientAddress).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AccessKind.DATASTORE_SEARCH, 4L, "OK", 1, "anonymous", "10.250.1.7"),
                org.assertj.core.groups.Tuple.tuple(AccessKind.DOWNLOAD_VERSION, 4L, "OK", 1, "anonymous", "10.250.1.7"),
                org.assertj.core.groups.Tuple.tuple(AccessKind.EXPORT_CSV, 2L, "OK", 1, "anonymous", "10.250.1.7"),
                org.assertj.core.groups.Tuple.tuple(AccessKind.AGGREGATE, 3L, "OK", 1, "anonymous", "10.250.1.7"),
                org.assertj.core.groups.Tuple.tuple(AccessKind.ROWS, 4L, "OK", 1, "anonymous", "10.250.1.7"));
    }

    @Test
    void aReadWithAnApiTokenIsRecordedWithTheTokenAndOneWithoutWithNone() {
        String code = loaded(OpeningAttribute.UNCONDITIONAL);
        Caller consumer = accounts.consumer();
        IssuedToken token = tokens.issue(consumer, "公交分析脚本", null);
        RequestPostProcessor bearer = bearer(token);
        for (String path : DATA_PATHS) {
            assertThat(get(code, path, bearer).exchange()).as(path).hasStatusOk();
        }
        assertThat(mvc.get().uri("/api/3/action/datastore_search?resource_id=" + code).with(bearer).exchange())
                .hasStatusOk();
        String sql = "{\"sql\": \"SELECT * FROM \\\"" + code + "\\\"\"}";
        assertThat(mvc.post().uri("/api/3/action/datastore_search_sql").with(bearer)
                .contentType(MediaType.APPLICATION_JSON).content(sql).exchange()).hasStatusOk();
        assertThat(get(code, "/rows", httpBasic(consumer.username(), TestAccounts.PASSWORD)).exchange()).hasStatusOk();
        assertThat(get(code, "/rows", as(consumer)).exchange()).hasStatusOk();
        assertThat(get(code, "/rows", Addresses.fresh()).exchange()).hasStatusOk();

        List<AccessRecord> records = records(code);
        assertThat(records).filteredOn(r -> r.apiTokenId() != null)
                .extracting(AccessRecord::kind, AccessRecord::apiTokenId, AccessRecord::apiTokenName,
                        AccessRecord::username, AccessRecord::outcome)
                .containsExactlyInAnyOrder(
                        tuple(AccessKind.ROWS, token.id(), "公交分析脚本", consumer.username(), "OK"),
                        tuple(AccessKind.EXPORT_CSV, token.id(), "公交分析脚本", consumer.username(), "OK"),
                        tuple(AccessKind.DOWNLOAD_VERSION, token.id(), "公交分析脚本", consumer.username(), "OK"),
                        tuple(AccessKind.DATASTORE_SEARCH, token.id(), "公交分析脚本", consumer.username(), "OK"),
                        tuple(AccessKind.DATASTORE_SQL, token.id(), "公交分析脚本", consumer.username(), "OK"));
        // HTTP Basic, a session and an anonymous read came without one
        assertThat(records).filteredOn(r -> r.apiTokenId() == null).extracting(AccessRecord::username,
                AccessRecord::apiTokenName).containsExactly(tuple("anonymous", null), tuple(consumer.username(), null),
                tuple(consumer.username(), null));
        assertThat(access.accessRecords(auditor,
                new AccessRecordQuery(null, null, null, null, null, token.id(), 0, 100)).items())
                .hasSize(5).allSatisfy(r -> assertThat(r.resourceCode()).isEqualTo(code));
    }

    @Test
    void aRefusedReadWithAnApiTokenIsRecordedWithTheTokenToo() {
        String code = ingest.publishedResource(publisher, OpeningAttribute.CONDITIONAL, BUS_STOPS).code();
        Caller consumer = accounts.consumer();
        IssuedToken token = tokens.issue(consumer, "被拒的脚本", null);

        assertThat(get(code, "/rows", bearer(token)).exchange()).hasStatus(403);

        assertThat(access.accessRecords(auditor,
                new AccessRecordQuery(null, null, null, null, null, token.id(), 0, 100)).items())
                .extracting(AccessRecord::resourceCode, AccessRecord::outcome, AccessRecord::apiTokenName)
                .containsExactly(tuple(code, "APPLICATION_REQUIRED", "被拒的脚本"));
    }

    @Test
    void conditionallyOpenDataNeedsAnApprovedApplication() {
        Caller consumer = accounts.consumer();
        for (String path : DATA_PATHS) {
            assertThat(get(conditional, path, Addresses.fresh()).exchange()).hasStatus(403).bodyJson()
                    .extractingPath("$.code").isEqualTo("APPLICATION_REQUIRED");
            assertThat(get(conditional, path, as(consumer)).exchange()).hasStatus(403).bodyJson()
                    .extractingPath("$.code").isEqualTo("APPLICATION_REQUIRED");
        }
        assertThat(records(conditional)).hasSize(6).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo("APPLICATION_REQUIRED");
            assertThat(r.rows()).isZero();
        });

        AccessApplication application = access.apply(consumer, conditional, "公交线网优化研究", null);
        access.approve(publisher, application.id(), null, "同意");
        assertThat(get(conditional, "/rows", as(consumer)).exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.rows").asList().hasSize(4);
        assertThat(records(conditional).get(0)).extracting(AccessRecord::username, AccessRecord::outcome)
                .containsExactly(consumer.username(), "OK");
    }

    @Test
    void dataThatIsNotOpenIsNeverReadThroughTheOpenApi() {
        for (String path : DATA_PATHS) {
            assertThat(get(closed, path, Addresses.fresh()).exchange()).as(path).hasStatus(404).bodyJson()
                    .extractingPath("$.code").isEqualTo("RESOURCE_NOT_FOUND");
            assertThat(get(closed, path, as(accounts.consumer())).exchange()).as(path).hasStatus(404);
            assertThat(get(closed, path, as(accounts.publisher())).exchange()).as(path).hasStatus(403).bodyJson()
                    .extractingPath("$.code").isEqualTo("DATA_NOT_OPEN");
        }
        assertThat(records(closed)).extracting(AccessRecord::outcome).containsOnly("RESOURCE_NOT_FOUND",
                "DATA_NOT_OPEN");
    }

    @Test
    void itsOwnPublisherAndTheBureauReadDataThatIsNotOpen() {
        assertThat(get(closed, "/rows", as(publisher)).exchange()).hasStatusOk();
        assertThat(get(closed, "/export.json", as(accounts.admin())).exchange()).hasStatusOk();
        assertThat(get(closed, "/rows", as(auditor)).exchange()).hasStatusOk();
    }
}
