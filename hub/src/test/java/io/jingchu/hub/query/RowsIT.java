package io.jingchu.hub.query;

import static io.jingchu.hub.query.QueryData.ENTERPRISES;
import static io.jingchu.hub.query.QueryData.ENTERPRISES_CSV;
import static io.jingchu.hub.query.QueryData.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The row API over a small real version: filters, sorting, paging, totals, groups, versions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowsIT extends IntegrationTest {

    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;

    String code;

    @BeforeAll
    void load() {
        Caller publisher = accounts.publisher();
        code = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, ENTERPRISES).code();
        ingest.load(mvc, publisher, code, "enterprises.csv", utf8(ENTERPRISES_CSV));
    }

    /** GET …/rows with these parameter pairs, as an anonymous caller; asserts 200 and returns the body. */
    String rows(String... params) {
        MvcTestResult result = request(code, params).exchange();
        assertThat(result).hasStatusOk();
        return IngestFixture.text(result);
    }

    MockMvcRequestBuilder request(String resource, String... params) {
        MockMvcRequestBuilder request = mvc.get().uri("/api/v1/resources/" + resource + "/rows")
                .with(Addresses.fresh());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    static List<String> codes(String body) {
        return JsonPath.read(body, "$.rows[*].credit_code");
    }

    @Test
    void withoutParametersAnswersTheFirstPageOfAllFieldsInFileOrder() {
        String body = rows();

        assertThat((String) JsonPath.read(body, "$.resource")).isEqualTo(code);
        assertThat((Integer) JsonPath.read(body, "$.version")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(body, "$.fields[*].name")).containsExactly("credit_code", "name",
                "district", "capital", "employees", "founded", "active");
        assertThat((String) JsonPath.read(body, "$.fields[3].label")).isEqualTo("注册资本");
        assertThat((String) JsonPath.read(body, "$.fields[3].unit")).isEqualTo("万元");
        assertThat((String) JsonPath.read(body, "$.fields[3].type")).isEqualTo("DECIMAL");
        assertThat(codes(body)).containsExactly("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10",
                "C11", "C12");
        assertThat((Integer) JsonPath.read(body, "$.limit")).isEqualTo(100);
        assertThat((Integer) JsonPath.read(body, "$.offset")).isEqualTo(0);
        assertThat(body).doesNotContain("nextCursor", "total");
    }

    @Test
    void valuesKeepTheirTypes() {
        String body = rows("filter", "credit_code:eq:C01");

        Map<String, Object> row = JsonPath.read(body, "$.rows[0]");
        assertThat(row).containsEntry("name", "三峡物流有限公司").containsEntry("capital", 500.5)
                .containsEntry("employees", 32).containsEntry("founded", "2019-03-01").containsEntry("active", true);
        assertThat(body).contains("\"capital\":500.5,");
        String nulls = rows("filter", "credit_code:eq:C03");
        assertThat(nulls).contains("\"capital\":null", "\"founded\":null");
    }

    @Test
    void fieldsChooseAndOrderTheColumns() {
        String body = rows("fields", "name,credit_code");

        assertThat((List<String>) JsonPath.read(body, "$.fields[*].name")).containsExactly("name", "credit_code");
        assertThat((Map<String, Object>) JsonPath.read(body, "$.rows[0]")).containsOnlyKeys("name", "credit_code");
    }

    @Test
    void everyFilterOperatorSelectsItsRows() {
        assertThat(codes(rows("filter", "district:eq:夷陵区"))).containsExactly("C02", "C05");
        assertThat(codes(rows("filter", "district:ne:西陵区"))).containsExactly("C02", "C03", "C05", "C06", "C08",
                "C10", "C11");
        assertThat(codes(rows("filter", "capital:lt:30"))).containsExactly("C02", "C07");
        assertThat(codes(rows("filter", "capital:lte:30"))).containsExactly("C02", "C07", "C09");
        assertThat(codes(rows("filter", "capital:gt:800"))).containsExactly("C06", "C10");
        assertThat(codes(rows("filter", "capital:gte:800"))).containsExactly("C06", "C08", "C10");
        assertThat(codes(rows("filter", "employees:in:7,9,999"))).containsExactly("C03", "C11");
        assertThat(codes(rows("filter", "name:in:茶业合作社\\, 有限,当阳建材有限公司"))).containsExactly("C02", "C03");
        assertThat(codes(rows("filter", "founded:between:2020-01-01,2021-12-31"))).containsExactly("C02", "C04",
                "C05");
        assertThat(codes(rows("filter", "name:like:宜昌%"))).containsExactly("C08", "C12");
        assertThat(codes(rows("filter", "name:contains:ROBOT"))).containsExactly("C08", "C12");
        assertThat(codes(rows("filter", "capital:null"))).containsExactly("C03");
        assertThat(codes(rows("filter", "active:null:"))).containsExactly("C09");
        assertThat(codes(rows("filter", "founded:notnull", "filter", "founded:lt:2016-01-01")))
                .containsExactly("C10", "C11");
        assertThat(codes(rows("filter", "active:eq:false"))).containsExactly("C03", "C05", "C11");
        assertThat(codes(rows("filter", "capital:eq:100.0000"))).containsExactly("C04", "C05", "C12");
    }

    @Test
    void filtersCombineAndFullTextSearchesEveryTextField() {
        assertThat(codes(rows("filter", "district:eq:西陵区", "filter", "capital:gte:100")))
                .containsExactly("C01", "C04", "C12");
        assertThat(codes(rows("q", "robot"))).containsExactly("C08", "C12");
        assertThat(codes(rows("q", "伍家岗"))).containsExactly("C06", "C08");
        assertThat(codes(rows("q", "O'Brien"))).containsExactly("C09");
    }

    @Test
    void sortsOnSeveralFieldsWithNullsLastAndTiesInFileOrder() {
        assertThat(codes(rows("sort", "-capital"))).containsExactly("C10", "C06", "C08", "C01", "C04", "C05", "C12",
                "C11", "C09", "C02", "C07", "C03");
        assertThat(codes(rows("sort", "capital,-employees"))).containsExactly("C07", "C02", "C09", "C11", "C05", "C12",
                "C04", "C01", "C08", "C06", "C10", "C03");
        assertThat(codes(rows("sort", "district,-founded", "fields", "credit_code"))).containsExactly("C06", "C08",
                "C02", "C05", "C03", "C11", "C10", "C09", "C07", "C04", "C01", "C12");
    }

    @Test
    void offsetPagesAndKeysetPagesAreTheSameRows() {
        for (String sort : List.of("", "-capital", "founded,name", "district,-employees")) {
            List<String> byOffset = new ArrayList<>();
            for (int offset = 0; offset < 12; offset += 5) {
                byOffset.addAll(codes(rows("sort", sort, "limit", "5", "offset", String.valueOf(offset))));
            }
            List<String> byCursor = new ArrayList<>();
            String body = rows("sort", sort, "limit", "5");
            byCursor.addAll(codes(body));
            while (body.contains("nextCursor")) {
                String cursor = JsonPath.read(body, "$.nextCursor");
                body = rows("sort", sort, "limit", "5", "cursor", cursor);
                byCursor.addAll(codes(body));
            }
            assertThat(byCursor).as("sort %s", sort).hasSize(12).containsExactlyElementsOf(byOffset);
        }
    }

    @Test
    void aFullLastPageHasNoCursor() {
        assertThat(rows("limit", "12")).doesNotContain("nextCursor");
        assertThat(rows("limit", "11")).contains("nextCursor");
    }

    @Test
    void totalsAreExactOrEstimatedOnRequest() {
        String exact = rows("filter", "district:eq:西陵区", "limit", "2", "include_total", "exact");
        assertThat((Integer) JsonPath.read(exact, "$.total")).isEqualTo(5);
        assertThat((Boolean) JsonPath.read(exact, "$.totalExact")).isTrue();
        String whole = rows("include_total", "estimate", "limit", "1");
        assertThat((Integer) JsonPath.read(whole, "$.total")).isEqualTo(12);
        assertThat((Boolean) JsonPath.read(whole, "$.totalExact")).isTrue();
        String small = rows("include_total", "estimate", "filter", "capital:gt:100");
        assertThat((Integer) JsonPath.read(small, "$.total")).isEqualTo(4);
        assertThat(rows("include_total", "false")).doesNotContain("\"total\"");
    }

    @Test
    void groupsAnswerExactAggregates() {
        String body = rows("group_by", "district", "aggregate",
                "count,sum:capital,avg:capital,min:capital,max:employees,count_distinct:capital,sum:employees",
                "sort", "-count,district", "include_total", "exact");

        assertThat((List<String>) JsonPath.read(body, "$.fields[*].name")).containsExactly("district", "count",
                "sum_capital", "avg_capital", "min_capital", "max_employees", "count_distinct_capital",
                "sum_employees");
        assertThat((List<String>) JsonPath.read(body, "$.rows[*].district")).containsExactly("西陵区", "伍家岗区",
                "夷陵区", "当阳市", "点军区", "猇亭区");
        Map<String, Object> xiling = JsonPath.read(body, "$.rows[0]");
        assertThat(xiling).containsEntry("count", 5).containsEntry("sum_capital", 731)
                .containsEntry("avg_capital", 146.2).containsEntry("min_capital", 0.5)
                .containsEntry("max_employees", 32).containsEntry("count_distinct_capital", 4)
                .containsEntry("sum_employees", 58);
        Map<String, Object> wujiagang = JsonPath.read(body, "$.rows[1]");
        assertThat(wujiagang).containsEntry("sum_capital", 3300.75).containsEntry("avg_capital", 1650.375);
        assertThat((Object) JsonPath.read(body, "$.rows[3].sum_capital")).isNull();
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(6);
        assertThat(body).doesNotContain("nextCursor");
    }

    @Test
    void anAggregateWithoutGroupsSummarizesTheSelection() {
        String body = rows("aggregate", "count,sum:capital,sum:employees", "filter", "active:eq:true");

        assertThat((List<Object>) JsonPath.read(body, "$.rows")).hasSize(1);
        assertThat((Map<String, Object>) JsonPath.read(body, "$.rows[0]")).containsEntry("count", 8)
                .containsEntry("sum_capital", 7013.75).containsEntry("sum_employees", 480);
    }

    @Test
    void groupsPageBySortedAggregates() {
        String body = rows("group_by", "district", "aggregate", "sum:employees", "sort", "-sum_employees",
                "limit", "2", "offset", "1");

        assertThat((List<String>) JsonPath.read(body, "$.rows[*].district")).containsExactly("伍家岗区", "西陵区");
    }

    @Test
    void aVersionCanBeChosenAndTheNewestIsTheDefault() {
        Caller publisher = accounts.publisher();
        String versioned = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, ENTERPRISES).code();
        ingest.load(mvc, publisher, versioned, "v1.csv", utf8(ENTERPRISES_CSV));
        ingest.load(mvc, publisher, versioned, "v2.csv", utf8(ENTERPRISES_CSV.lines().limit(3)
                .reduce("", (a, b) -> a + b + "\n")));

        String latest = IngestFixture.text(request(versioned, "include_total", "exact").exchange());
        String first = IngestFixture.text(request(versioned, "version", "1", "include_total", "exact").exchange());

        assertThat((Integer) JsonPath.read(latest, "$.version")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(latest, "$.total")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(first, "$.version")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(first, "$.total")).isEqualTo(12);
        assertThat(request(versioned, "version", "3").exchange()).hasStatus(404).bodyJson()
                .extractingPath("$.code").isEqualTo("VERSION_NOT_FOUND");
    }

    @Test
    void aResourceWithoutDataHasNoVersion() {
        String empty = ingest.publishedResource(accounts.publisher(), OpeningAttribute.UNCONDITIONAL, ENTERPRISES)
                .code();

        assertThat(request(empty).exchange()).hasStatus(404).bodyJson().extractingPath("$.code")
                .isEqualTo("VERSION_NOT_FOUND");
    }
}
