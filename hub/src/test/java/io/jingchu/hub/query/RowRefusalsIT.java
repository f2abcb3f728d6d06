package io.jingchu.hub.query;

import static io.jingchu.hub.query.QueryData.ENTERPRISES;
import static io.jingchu.hub.query.QueryData.ENTERPRISES_CSV;
import static io.jingchu.hub.query.QueryData.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.DatasetVersions;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every bad input to the row API is refused with a problem document naming the parameter, and text that tries
 * to be SQL is either refused as an unknown name or matched as a plain value: the data is untouched afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowRefusalsIT extends IntegrationTest {

    static final List<String> INJECTIONS = List.of("name; DROP TABLE x", "\"name\" OR 1=1", "name\" OR \"1\"=\"1",
            "name'; DROP TABLE dataset_version; --", "name) UNION SELECT * FROM read_csv('/etc/passwd') --",
            "ｎａｍｅ", "name\u0000", "名称", "name/**/", "1", "*", "file_row_number");

    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatasetVersions versions;

    String code;
    String hashBefore;

    @BeforeAll
    void load() throws Exception {
        Caller publisher = accounts.publisher();
        code = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, ENTERPRISES).code();
        ingest.load(mvc, publisher, code, "enterprises.csv", utf8(ENTERPRISES_CSV));
        hashBefore = fileHash();
    }

    @AfterAll
    void dataIsUntouched() throws Exception {
        assertThat(fileHash()).isEqualTo(hashBefore);
        assertThat(versions.list(code)).hasSize(1);
        String body = IngestFixture.text(request("include_total", "exact").exchange());
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(12);
    }

    private String fileHash() throws Exception {
        DatasetVersion v = versions.latest(code).orElseThrow();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(v.file())));
    }

    MockMvcRequestBuilder rowsOf(String resource) {
        return mvc.get().uri("/api/v1/resources/" + resource + "/rows").with(Addresses.fresh());
    }

    MockMvcRequestBuilder request(String... params) {
        MockMvcRequestBuilder request = rowsOf(code);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /** Asserts a problem document with this status, code and field; returns its body. */
    String refused(int status, String errorCode, String field, String... params) {
        MvcTestResult result = request(params).exchange();
        assertThat(result).as("%s", List.of(params)).hasStatus(status)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String body = IngestFixture.text(result);
        assertThat((String) JsonPath.read(body, "$.code")).as(body).isEqualTo(errorCode);
        assertThat((String) JsonPath.read(body, "$.field")).as(body).isEqualTo(field);
        return body;
    }

    List<Object> matched(String... params) {
        MvcTestResult result = request(params).exchange();
        assertThat(result).as("%s", List.of(params)).hasStatusOk();
        return JsonPath.read(IngestFixture.text(result), "$.rows");
    }

    @Test
    void namesThatAreNotFieldsAreUnknownWhereverTheyAppear() {
        for (String name : INJECTIONS) {
            refused(400, "UNKNOWN_FIELD", "fields", "fields", "credit_code," + name.replace(",", ""));
            refused(400, "UNKNOWN_FIELD", "sort", "sort", "-" + name.replace(",", ""));
            refused(400, "UNKNOWN_FIELD", "group_by", "group_by", name.replace(",", ""));
            refused(400, "UNKNOWN_FIELD", "aggregate", "aggregate", "sum:" + name.replace(",", ""));
            refused(400, "UNKNOWN_FIELD", "filter", "filter", name.replace(":", "") + ":eq:x");
        }
        String body = refused(400, "UNKNOWN_FIELD", "fields", "fields", "nope");
        assertThat((String) JsonPath.read(body, "$.detail")).contains("nope");
        refused(400, "UNKNOWN_FIELD", "sort", "sort", "capital DESC");
        refused(400, "UNKNOWN_FIELD", "sort", "sort", "capital,--name");
        refused(400, "UNKNOWN_FIELD", "sort", "group_by", "district", "sort", "capital");
    }

    @Test
    void valuesThatLookLikeSqlAreMatchedAsPlainText() {
        for (String value : List.of("' OR '1'='1", "x'; DROP TABLE dataset_version; --", "\" OR \"\"=\"",
                "＇ OR １=１ --", "') OR true --", "%' OR 1=1 --", "\\'; SELECT 1; --", "${jndi:ldap://x}")) {
            assertThat(matched("filter", "name:eq:" + value)).isEmpty();
            assertThat(matched("filter", "name:ne:" + value)).hasSize(12);
            assertThat(matched("filter", "name:in:" + value + ",x")).isEmpty();
            assertThat(matched("filter", "name:like:" + value)).isEmpty();
            assertThat(matched("filter", "name:contains:" + value)).isEmpty();
            assertThat(matched("filter", "name:between:" + value + ",zzz")).isNotNull();
            assertThat(matched("q", value)).isEmpty();
        }
    }

    @Test
    void valuesThatAreNotOfTheFieldsTypeAreInvalidFilters() {
        for (String filter : List.of("capital:gt:abc", "capital:gt:1 OR 1=1", "capital:eq:1e999", "employees:eq:1.5",
                "employees:in:1,x", "founded:eq:2020-13-45", "founded:eq:2020-01-01' OR '1'='1",
                "founded:between:2020-01-01", "active:eq:maybe", "capital:approx:1", "capital:gt", "capital",
                "capital:null:1", "employees:like:1%", "employees:contains:1", "name:contains:",
                "capital:eq:1;DROP TABLE x")) {
            String body = refused(400, "FILTER_INVALID", "filter", "filter", filter);
            assertThat((String) JsonPath.read(body, "$.filter")).isEqualTo(filter);
            assertThat((String) JsonPath.read(body, "$.detail")).contains(filter);
        }
    }

    @Test
    void aggregatesMustBeKnownFunctionsOfSuitableFields() {
        refused(400, "FIELD_INVALID", "aggregate", "aggregate", "drop:capital");
        refused(400, "FIELD_INVALID", "aggregate", "aggregate", "sum(capital)");
        refused(400, "FIELD_INVALID", "aggregate", "aggregate", "sum:name");
        refused(400, "FIELD_INVALID", "aggregate", "aggregate", "count,count");
        refused(400, "FIELD_INVALID", "fields", "group_by", "district", "fields", "name");
    }

    @Test
    void pagingBeyondTheLimitsIsRefused() {
        refused(422, "ROW_LIMIT_EXCEEDED", "limit", "limit", "10001");
        refused(400, "FIELD_INVALID", "limit", "limit", "-1");
        refused(400, "FIELD_INVALID", "limit", "limit", "1; DROP TABLE x");
        refused(400, "FIELD_INVALID", "limit", "limit", "99999999999999999999");
        refused(400, "FIELD_INVALID", "offset", "offset", "-5");
        refused(400, "FIELD_INVALID", "offset", "offset", "ten");
        refused(400, "FIELD_INVALID", "include_total", "include_total", "maybe");
        refused(400, "FIELD_INVALID", "version", "version", "latest");
        refused(400, "FIELD_INVALID", "version", "version", "0");
        refused(400, "FIELD_INVALID", "sort", "sort", "name", "sort", "capital");
    }

    @Test
    void cursorsThatWereChangedOrBelongElsewhereAreInvalid() {
        String body = IngestFixture.text(request("sort", "-capital", "limit", "3").exchange());
        String cursor = JsonPath.read(body, "$.nextCursor");
        assertThat(request("sort", "-capital", "limit", "3", "cursor", cursor).exchange()).hasStatusOk();

        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        String flipped = (cursor.charAt(5) == 'x' ? "y" : "x");
        for (String bad : List.of(tampered, cursor.substring(0, 5) + flipped + cursor.substring(6),
                cursor.substring(1), cursor + "AA", cursor + "=", "abc", "", "' OR 1=1 --", "eyJ2IjoxfQ",
                java.util.Base64.getUrlEncoder().encodeToString("{\"v\":1,\"s\":\"-capital\",\"k\":[1],\"r\":0}"
                        .getBytes()), "游标")) {
            refused(400, "CURSOR_INVALID", "cursor", "sort", "-capital", "limit", "3", "cursor", bad);
        }
        refused(400, "CURSOR_INVALID", "cursor", "sort", "capital", "cursor", cursor);
        refused(400, "CURSOR_INVALID", "cursor", "cursor", cursor);
        refused(400, "CURSOR_INVALID", "cursor", "sort", "-count", "group_by", "district", "cursor", cursor);
        refused(400, "FIELD_INVALID", "offset", "sort", "-capital", "offset", "3", "cursor", cursor);
    }

    @Test
    void aCursorOfAnotherResourceOrVersionIsInvalid() {
        Caller publisher = accounts.publisher();
        String other = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, ENTERPRISES).code();
        ingest.load(mvc, publisher, other, "a.csv", utf8(ENTERPRISES_CSV));
        ingest.load(mvc, publisher, other, "b.csv", utf8(ENTERPRISES_CSV));
        String body = IngestFixture.text(rowsOf(other).param("limit", "2").param("version", "1").exchange());
        String cursor = JsonPath.read(body, "$.nextCursor");

        assertThat(rowsOf(other).param("limit", "2").param("version", "1").param("cursor", cursor).exchange())
                .hasStatusOk();
        assertThat(rowsOf(other).param("limit", "2").param("cursor", cursor).exchange()).hasStatus(400).bodyJson()
                .extractingPath("$.code").isEqualTo("CURSOR_INVALID");
        refused(400, "CURSOR_INVALID", "cursor", "limit", "2", "cursor", cursor);
    }

    @Test
    void anUnknownResourceIsNotFound() {
        assertThat(rowsOf("no-such-resource").exchange()).hasStatus(404).bodyJson().extractingPath("$.code")
                .isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(rowsOf("x' OR '1'='1").exchange()).hasStatus(404).bodyJson().extractingPath("$.code")
                .isEqualTo("RESOURCE_NOT_FOUND");
        // the firewall refuses a semicolon in the path before any controller sees it
        assertThat(rowsOf("x;DROP TABLE y").exchange()).hasStatus4xxClientError();
    }
}
