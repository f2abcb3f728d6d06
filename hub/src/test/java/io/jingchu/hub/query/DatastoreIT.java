package io.jingchu.hub.query;

import static io.jingchu.hub.query.QueryData.BUS_STOPS;
import static io.jingchu.hub.query.QueryData.BUS_STOPS_CSV;
import static io.jingchu.hub.query.QueryData.ENTERPRISES;
import static io.jingchu.hub.query.QueryData.ENTERPRISES_CSV;
import static io.jingchu.hub.query.QueryData.utf8;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** CKAN's DataStore actions: datastore_search and the checked, sandboxed datastore_search_sql. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatastoreIT extends IntegrationTest {

    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;

    Caller publisher;
    String enterprises;
    String stops;
    String conditional;
    String closed;
    String empty;

    @BeforeAll
    void load() {
        publisher = accounts.publisher();
        enterprises = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, ENTERPRISES).code();
        ingest.load(mvc, publisher, enterprises, "enterprises.csv", utf8(ENTERPRISES_CSV));
        stops = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, BUS_STOPS).code();
        ingest.load(mvc, publisher, stops, "stops.csv", utf8(BUS_STOPS_CSV));
        conditional = ingest.publishedResource(publisher, OpeningAttribute.CONDITIONAL, BUS_STOPS).code();
        ingest.load(mvc, publisher, conditional, "stops.csv", utf8(BUS_STOPS_CSV));
        closed = ingest.publishedResource(publisher, OpeningAttribute.NONE, BUS_STOPS).code();
        ingest.load(mvc, publisher, closed, "stops.csv", utf8(BUS_STOPS_CSV));
        empty = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, BUS_STOPS).code();
    }

    MockMvcRequestBuilder search(String... params) {
        MockMvcRequestBuilder request = mvc.get().uri("/api/3/action/datastore_search").with(Addresses.fresh());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    String ok(MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        String body = IngestFixture.text(result);
        assertThat((Boolean) JsonPath.read(body, "$.success")).isTrue();
        return body;
    }

    String failed(MockMvcRequestBuilder request, int status, String type) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(status);
        String body = IngestFixture.text(result);
        assertThat((Boolean) JsonPath.read(body, "$.success")).as(body).isFalse();
        assertThat((String) JsonPath.read(body, "$.error.__type")).as(body).isEqualTo(type);
        return body;
    }

    MockMvcRequestBuilder sql(String sql) {
        return mvc.post().uri("/api/3/action/datastore_search_sql").with(Addresses.fresh())
                .contentType(MediaType.APPLICATION_JSON).content("{\"sql\": " + quote(sql) + "}");
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static List<String> codes(String body) {
        return JsonPath.read(body, "$.result.records[*].credit_code");
    }

    @Test
    void searchAnswersInCkansShapeWithIdsTotalAndLinks() {
        String body = ok(search("resource_id", enterprises, "limit", "2", "offset", "2"));

        assertThat((String) JsonPath.read(body, "$.help")).endsWith("/api/3/action/help_show?name=datastore_search");
        assertThat((String) JsonPath.read(body, "$.result.resource_id")).isEqualTo(enterprises);
        assertThat((List<String>) JsonPath.read(body, "$.result.fields[*].id")).containsExactly("_id", "credit_code",
                "name", "district", "capital", "employees", "founded", "active");
        assertThat((List<String>) JsonPath.read(body, "$.result.fields[*].type")).containsExactly("int", "text",
                "text", "text", "numeric", "int8", "date", "bool");
        assertThat((String) JsonPath.read(body, "$.result.fields[4].info.label")).isEqualTo("注册资本");
        assertThat((List<Integer>) JsonPath.read(body, "$.result.records[*]._id")).containsExactly(3, 4);
        assertThat(codes(body)).containsExactly("C03", "C04");
        assertThat((Integer) JsonPath.read(body, "$.result.total")).isEqualTo(12);
        assertThat((Boolean) JsonPath.read(body, "$.result.total_was_estimated")).isFalse();
        assertThat((String) JsonPath.read(body, "$.result._links.start")).isEqualTo(
                "/api/3/action/datastore_search?resource_id=" + enterprises + "&limit=2");
        assertThat((String) JsonPath.read(body, "$.result._links.next")).isEqualTo(
                "/api/3/action/datastore_search?resource_id=" + enterprises + "&limit=2&offset=4");
    }

    @Test
    void filtersMatchValuesOrListsAndMayComeAsJsonText() {
        String posted = ok(mvc.post().uri("/api/3/action/datastore_search").with(Addresses.fresh())
                .contentType(MediaType.APPLICATION_JSON).content("{\"resource_id\": \"" + enterprises
                        + "\", \"filters\": {\"district\": \"西陵区\", \"capital\": [100, \"500.5\"]}}"));
        assertThat(codes(posted)).containsExactly("C01", "C04", "C12");
        assertThat((Integer) JsonPath.read(posted, "$.result.total")).isEqualTo(3);

        String got = ok(search("resource_id", enterprises, "filters", "{\"district\": [\"夷陵区\"]}"));
        assertThat(codes(got)).containsExactly("C02", "C05");
    }

    @Test
    void qSearchesEveryTextFieldOrTheNamedOnes() {
        assertThat(codes(ok(search("resource_id", enterprises, "q", "robot")))).containsExactly("C08", "C12");
        assertThat(codes(ok(search("resource_id", enterprises, "q", "{\"name\": \"科技\"}")))).containsExactly("C06");
    }

    @Test
    void fieldsSortDistinctAndTotalsAsCkanTakesThem() {
        String sorted = ok(search("resource_id", enterprises, "fields", "credit_code,capital", "sort",
                "capital desc, \"credit_code\" asc", "limit", "4", "include_total", "false"));
        assertThat((List<String>) JsonPath.read(sorted, "$.result.fields[*].id")).containsExactly("credit_code",
                "capital");
        assertThat(codes(sorted)).containsExactly("C10", "C06", "C08", "C01");
        assertThat(sorted).doesNotContain("\"total\"");

        String distinct = ok(search("resource_id", enterprises, "fields", "[\"district\"]", "distinct", "true",
                "sort", "district"));
        assertThat((List<String>) JsonPath.read(distinct, "$.result.records[*].district")).containsExactly("伍家岗区",
                "夷陵区", "当阳市", "点军区", "猇亭区", "西陵区");
        assertThat((Integer) JsonPath.read(distinct, "$.result.total")).isEqualTo(6);
    }

    @Test
    void badParametersAreCkanValidationErrors() {
        String filter = failed(search("resource_id", enterprises, "filters", "{\"nope\": 1}"), 409, "Validation Error");
        assertThat((List<String>) JsonPath.read(filter, "$.error.filters")).isNotEmpty();
        failed(search("resource_id", enterprises, "filters", "{\"capital\": \"abc\"}"), 409, "Validation Error");
        failed(search("resource_id", enterprises, "filters", "{\"name\": \"x' OR 1=1 --\", \"name; DROP\": 1}"), 409,
                "Validation Error");
        failed(search("resource_id", enterprises, "filters", "not json"), 409, "Validation Error");
        failed(search("resource_id", enterprises, "sort", "name; DROP TABLE x"), 409, "Validation Error");
        failed(search("resource_id", enterprises, "sort", "nope desc"), 409, "Validation Error");
        failed(search("resource_id", enterprises, "fields", "credit_code,nope"), 409, "Validation Error");
        failed(search("resource_id", enterprises, "limit", "many"), 409, "Validation Error");
        String missing = failed(search(), 409, "Validation Error");
        assertThat((String) JsonPath.read(missing, "$.error.code")).isEqualTo("FIELD_REQUIRED");
        assertThat((List<String>) JsonPath.read(missing, "$.error.resource_id")).isNotEmpty();
        assertThat(codes(ok(search("resource_id", enterprises, "filters", "{\"name\": \"x' OR '1'='1\"}")))).isEmpty();
    }

    @Test
    void unknownAndUnreadableResourcesAreRefusedInCkansTerms() {
        failed(search("resource_id", "no-such-resource"), 404, "Not Found Error");
        String refused = failed(search("resource_id", conditional), 403, "Authorization Error");
        assertThat((String) JsonPath.read(refused, "$.error.code")).isEqualTo("APPLICATION_REQUIRED");
        failed(search("resource_id", empty), 404, "Not Found Error");
        assertThat(ok(search("resource_id", conditional).with(as(publisher)))).contains("宜昌东站");
    }

    @Test
    void sqlJoinsReadableResources() {
        String body = ok(sql("SELECT e.credit_code, s.stop_name FROM \"" + enterprises + "\" e JOIN \"" + stops
                + "\" s ON e.district = s.district WHERE e.capital >= 100 ORDER BY 1, 2"));

        assertThat((String) JsonPath.read(body, "$.help")).endsWith("name=datastore_search_sql");
        assertThat((List<String>) JsonPath.read(body, "$.result.fields[*].id")).containsExactly("credit_code",
                "stop_name");
        assertThat((List<String>) JsonPath.read(body, "$.result.fields[*].type")).containsExactly("text", "text");
        List<Map<String, String>> records = JsonPath.read(body, "$.result.records");
        assertThat(records).extracting(r -> r.get("credit_code") + " " + r.get("stop_name")).containsExactly(
                "C01 三峡大学", "C01 夷陵广场", "C04 三峡大学", "C04 夷陵广场", "C06 宜昌东站", "C08 宜昌东站",
                "C12 三峡大学", "C12 夷陵广场");
    }

    @Test
    void sqlAggregatesKeepTheirTypes() {
        String body = ok(mvc.get().uri("/api/3/action/datastore_search_sql").with(Addresses.fresh())
                .param("sql", "WITH e AS (SELECT * FROM \"" + enterprises + "\") SELECT district, count(*) AS n, "
                        + "sum(capital) AS total FROM e GROUP BY district ORDER BY n DESC, district LIMIT 2"));

        assertThat((List<String>) JsonPath.read(body, "$.result.fields[*].type")).containsExactly("text", "int8",
                "numeric");
        assertThat((List<Object>) JsonPath.read(body, "$.result.records[*].n")).containsExactly(5, 2);
        assertThat((List<Object>) JsonPath.read(body, "$.result.records[*].total")).containsExactly(731, 3300.75);
    }

    @Test
    void sqlThatIsNotOneReadOnlySelectIsRefused() {
        String table = "\"" + enterprises + "\"";
        for (String statement : List.of("SELECT 1; SELECT 2", "SELECT * FROM " + table + "; DROP TABLE " + table,
                "INSERT INTO " + table + " VALUES (1)", "COPY " + table + " TO '/tmp/out.csv'", "ATTACH '/tmp/x.db'",
                "PRAGMA database_list", "SET threads = 64", "SELECT * FROM read_csv('/etc/passwd')",
                "SELECT * FROM read_parquet('/tmp/*.parquet')", "SELECT * FROM glob('/etc/*')",
                "SELECT * FROM '/etc/passwd'", "SELECT * FROM \"no-such-resource\"", "SELECT * FROM dataset_version",
                "SELECT * FROM information_schema.tables", "SELECT * FROM \"" + closed + "\"", "DESCRIBE " + table,
                "SELECT * FROM \"" + empty + "\"")) {
            String body = failed(sql(statement), 409, "Validation Error");
            assertThat((String) JsonPath.read(body, "$.error.code")).as(statement).isEqualTo("SQL_NOT_ALLOWED");
            assertThat((List<String>) JsonPath.read(body, "$.error.query")).as(statement).isNotEmpty();
        }
        assertThat((String) JsonPath.read(failed(sql(""), 409, "Validation Error"), "$.error.code"))
                .isEqualTo("FIELD_REQUIRED");
        String unreadable = failed(sql("SELECT * FROM \"" + conditional + "\""), 409, "Validation Error");
        assertThat((String) JsonPath.read(unreadable, "$.error.code")).isEqualTo("SQL_NOT_ALLOWED");
        assertThat((String) JsonPath.read(unreadable, "$.error.cause")).isEqualTo("APPLICATION_REQUIRED");
        assertThat((String) JsonPath.read(unreadable, "$.error.reason")).contains(conditional);
    }

    @Test
    void aNotOpenResourceIsRefusedToOthersAndReadableByItsOwner() {
        Caller otherPublisher = accounts.publisher();
        String refused = failed(sql("SELECT * FROM \"" + closed + "\"").with(as(otherPublisher)), 409,
                "Validation Error");
        assertThat((String) JsonPath.read(refused, "$.error.cause")).isEqualTo("DATA_NOT_OPEN");

        String owned = ok(sql("SELECT count(*) AS n FROM \"" + closed + "\"").with(as(publisher)));
        assertThat((Integer) JsonPath.read(owned, "$.result.records[0].n")).isEqualTo(4);
    }

    @Test
    void sqlAnsweringMoreThanTheRowCapIsRefused() {
        String t = "\"" + enterprises + "\"";
        String body = failed(sql("SELECT a.name FROM " + t + " a, " + t + " b, " + t + " c, " + t + " d, " + t + " e"),
                409, "Validation Error");
        assertThat((String) JsonPath.read(body, "$.error.code")).isEqualTo("ROW_LIMIT_EXCEEDED");
    }
}
