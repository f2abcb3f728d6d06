package io.jingchu.hub.query.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.query.RowQuery;
import io.jingchu.hub.query.RowQuery.Aggregate;
import io.jingchu.hub.query.RowQuery.AggregateFunction;
import io.jingchu.hub.query.RowQuery.Filter;
import io.jingchu.hub.query.RowQuery.FilterOp;
import io.jingchu.hub.query.RowQuery.Position;
import io.jingchu.hub.query.RowQuery.SortKey;
import io.jingchu.hub.query.internal.RowRequestParser.Mode;
import io.jingchu.hub.query.internal.RowRequestParser.Parsed;
import io.jingchu.hub.query.internal.RowRequestParser.Total;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RowRequestParserTest {

    static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("name", "名称", FieldType.STRING, null, false, false),
            new FieldSpec("capital", "注册资本", FieldType.DECIMAL, "万元", true, false),
            new FieldSpec("employees", "从业人数", FieldType.INTEGER, null, true, false),
            new FieldSpec("founded", "成立日期", FieldType.DATE, null, true, false),
            new FieldSpec("updated", "更新时间", FieldType.TIMESTAMP, null, true, false),
            new FieldSpec("active", "是否存续", FieldType.BOOLEAN, null, true, false));
    static final DatasetVersion VERSION = new DatasetVersion("res", 2, Path.of("/data/res/v2.parquet"), 10, 100,
            "sha256:00", FIELDS, 90, 1, Instant.EPOCH, List.of());

    final CursorCodec cursors = new CursorCodec("a test key of thirty-two bytes!!".getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonMapper.builder().build());
    final RowRequestParser parser = new RowRequestParser(100, 1000, cursors);

    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return params;
    }

    Parsed parse(String... pairs) {
        return parser.parse(params(pairs), "res", VERSION, Mode.PAGE);
    }

    DomainException refusal(String... pairs) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> parse(pairs));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void noParametersSelectEveryFieldFirstPage() {
        Parsed parsed = parse();

        assertThat(parsed.query().fields()).containsExactly("name", "capital", "employees", "founded", "updated",
                "active");
        assertThat(parsed.query().limit()).isEqualTo(100);
        assertThat(parsed.query().offset()).isZero();
        assertThat(parsed.query().filtered()).isFalse();
        assertThat(parsed.total()).isEqualTo(Total.NONE);
        assertThat(parsed.query().wholeVersion(FIELDS.stream().map(FieldSpec::name).toList())).isTrue();
    }

    @Test
    void filterValuesBecomeValuesOfTheFieldsType() {
        RowQuery q = parse("filter", "capital:gte:100.50", "filter", "employees:in:1,2,3",
                "filter", "founded:between:2020-01-01,2020-12-31", "filter", "updated:lt:2024-05-01 08:30",
                "filter", "active:eq:true", "filter", "name:eq:a:b:c", "filter", "capital:null").query();

        assertThat(q.filters()).containsExactly(
                new Filter("capital", FilterOp.GTE, List.of(new BigDecimal("100.5"))),
                new Filter("employees", FilterOp.IN, List.of(1L, 2L, 3L)),
                new Filter("founded", FilterOp.BETWEEN, List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))),
                new Filter("updated", FilterOp.LT, List.of(LocalDateTime.of(2024, 5, 1, 8, 30))),
                new Filter("active", FilterOp.EQ, List.of(true)),
                new Filter("name", FilterOp.EQ, List.of("a:b:c")),
                new Filter("capital", FilterOp.NULL, List.of()));
    }

    @Test
    void aBackslashKeepsACommaInsideAListValue() {
        assertThat(RowRequestParser.split("a\\,b,c\\\\,d\\x")).containsExactly("a,b", "c\\", "d\\x");
        assertThat(parse("filter", "name:in:甲\\,乙,丙").query().filters().get(0).values())
                .containsExactly("甲,乙", "丙");
    }

    @Test
    void textFieldsKeepTheirValueAsGiven() {
        assertThat(parse("filter", "name:eq: x' OR '1'='1 ").query().filters().get(0).values())
                .containsExactly(" x' OR '1'='1 ");
    }

    @Test
    void fullTextSearchLooksInEveryTextField() {
        RowQuery q = parse("q", " 宜昌 ").query();

        assertThat(q.text().text()).isEqualTo("宜昌");
        assertThat(q.text().fields()).containsExactly("name");
    }

    @Test
    void sortKeysKeepTheirOrderAndDirection() {
        Parsed parsed = parse("sort", "-capital, name");

        assertThat(parsed.query().sort()).containsExactly(new SortKey("capital", true), new SortKey("name", false));
        assertThat(parsed.sort()).isEqualTo("-capital,name");
    }

    @Test
    void groupsWithoutAggregatesCountAndAggregatesAreSortable() {
        RowQuery counted = parse("group_by", "active").query();
        assertThat(counted.aggregates()).containsExactly(new Aggregate(AggregateFunction.COUNT, null));

        RowQuery q = parse("group_by", "active,founded", "aggregate", "count,sum:capital,count_distinct:name",
                "sort", "-sum_capital,active").query();
        assertThat(q.groupBy()).containsExactly("active", "founded");
        assertThat(q.aggregates()).extracting(Aggregate::alias).containsExactly("count", "sum_capital",
                "count_distinct_name");
        assertThat(q.sort()).containsExactly(new SortKey("sum_capital", true), new SortKey("active", false));
        assertThat(q.columns(FIELDS)).extracting(c -> c.name() + ":" + c.type()).containsExactly("active:BOOLEAN",
                "founded:DATE", "count:INTEGER", "sum_capital:DECIMAL", "count_distinct_name:INTEGER");
    }

    @Test
    void unknownNamesAreNamedWithTheirParameter() {
        for (String[] request : List.of(new String[] {"fields", "name,nope"}, new String[] {"sort", "-nope"},
                new String[] {"group_by", "nope"}, new String[] {"aggregate", "max:nope"},
                new String[] {"filter", "nope:eq:1"}, new String[] {"fields", "name;DROP TABLE x"},
                new String[] {"sort", "name DESC"}, new String[] {"sort", "\"name\""})) {
            DomainException e = refusal(request);
            assertThat(e.code().name()).isEqualTo("UNKNOWN_FIELD");
            assertThat(e.field()).isEqualTo(request[0]);
        }
        assertThat(refusal("group_by", "active", "sort", "name").field()).isEqualTo("sort");
    }

    @Test
    void badValuesAreInvalidFiltersNamingTheFilter() {
        for (String filter : List.of("capital:gt:abc", "capital:gt:1e5000", "capital:eq:0.00000000001",
                "employees:eq:2.5", "employees:eq:99999999999999999999", "founded:eq:2020-02-30",
                "updated:eq:yesterday", "active:eq:perhaps", "name:between:a", "name:between:a,b,c", "name:gt",
                "name", "name:eq", "name:regex:x", "capital:like:1%", "name:notnull:x", "name:contains:")) {
            DomainException e = refusal("filter", filter);
            assertThat(e.code().name()).as(filter).isEqualTo("FILTER_INVALID");
            assertThat(e.properties()).containsEntry("filter", filter);
            assertThat(e.args()).containsExactly(filter);
        }
    }

    @Test
    void pagingStaysWithinTheLimits() {
        assertThat(parse("limit", "1000", "offset", "5").query().limit()).isEqualTo(1000);
        assertThat(parse("limit", "0").query().limit()).isZero();
        DomainException tooMany = refusal("limit", "1001");
        assertThat(tooMany.code().name()).isEqualTo("ROW_LIMIT_EXCEEDED");
        assertThat(tooMany.args()).containsExactly(1000);
        assertThat(refusal("limit", "-1").code().name()).isEqualTo("FIELD_INVALID");
        assertThat(refusal("offset", "x").field()).isEqualTo("offset");
        assertThat(refusal("include_total", "yes").field()).isEqualTo("include_total");
        assertThat(refusal("limit", "1", "limit", "2").field()).isEqualTo("limit");
        assertThat(parse("include_total", "estimate").total()).isEqualTo(Total.ESTIMATE);
    }

    @Test
    void exportsIgnorePaging() {
        RowQuery q = parser.parse(params("limit", "99999", "offset", "-3", "cursor", "x"), "res", VERSION,
                Mode.EXPORT).query();

        assertThat(q.after()).isNull();
        assertThat(q.offset()).isZero();
    }

    @Test
    void aCursorContinuesOnlyTheQueryItWasMadeFor() {
        String cursor = cursors.encode("res", 2, "-capital,name", List.of(FieldType.DECIMAL, FieldType.STRING),
                new Position(List.of(new BigDecimal("12.5"), "乙"), 41));

        RowQuery q = parse("sort", "-capital,name", "cursor", cursor).query();
        assertThat(q.after()).isEqualTo(new Position(List.of(new BigDecimal("12.5"), "乙"), 41));
        assertThat(refusal("sort", "capital,name", "cursor", cursor).code().name()).isEqualTo("CURSOR_INVALID");
        assertThat(refusal("cursor", cursor).code().name()).isEqualTo("CURSOR_INVALID");
        assertThat(refusal("sort", "-capital,name", "cursor", cursor, "offset", "10").field()).isEqualTo("offset");
        assertThat(refusal("group_by", "name", "cursor", cursor).code().name()).isEqualTo("CURSOR_INVALID");
    }
}
