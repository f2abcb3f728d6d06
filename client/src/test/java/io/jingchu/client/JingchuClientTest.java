package io.jingchu.client;

import static io.jingchu.client.testing.ResourceDocument.aResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.client.testing.FakeHub;
import io.jingchu.client.testing.FakeHub.Request;
import io.jingchu.client.testing.FakeHub.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JingchuClientTest {

    private final FakeHub hub = new FakeHub();
    private final JingchuClient anonymous = JingchuClient.builder(hub.url()).build();
    private final JingchuClient publisher = JingchuClient.builder(hub.url()).token("jct_publisher").build();

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Test
    void searchSendsChineseTextPercentEncodedAndRepeatsEachFilterValue() {
        hub.on("GET", "/api/v1/resources", 200, """
                {"total": 1, "offset": 0, "limit": 5, "hits": []}""");

        anonymous.searchResources(SearchRequest.builder()
                .text("交通 出行")
                .theme("TRANSPORT", "HEALTH")
                .organization(7)
                .division("420500000000")
                .highQuality(true)
                .sort("updated")
                .limit(5)
                .build());

        Request request = hub.only("GET", "/api/v1/resources");
        assertThat(request.rawQuery()).isEqualTo("q=%E4%BA%A4%E9%80%9A%20%E5%87%BA%E8%A1%8C"
                + "&organization=7&division=420500000000&theme=TRANSPORT&theme=HEALTH&highQuality=true"
                + "&sort=updated&limit=5");
        assertThat(request.query().get("q")).containsExactly("交通 出行");
        assertThat(request.query().get("theme")).containsExactly("TRANSPORT", "HEALTH");
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void searchReadsHitsHighlightsAndFacetsInTheHubsOrder() {
        hub.on("GET", "/api/v1/resources", 200, """
                {"total": 57, "offset": 20, "limit": 20,
                 "hits": [{"resource": %s, "score": 2.5, "highlights": {"title": "宜昌市<em>市场</em>主体"}}],
                 "facets": {"THEME": {"TRANSPORT": 30, "HEALTH": 20, "ECONOMY": 7}, "HIGH_QUALITY": {"true": 3}}}
                """.formatted(aResource().code("YC-1").json()));

        SearchPage page = anonymous.searchResources(SearchRequest.builder().text("市场").offset(20).build());

        assertThat(page.total()).isEqualTo(57);
        assertThat(page.offset()).isEqualTo(20);
        assertThat(page.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.resource().code()).isEqualTo("YC-1");
            assertThat(hit.score()).isEqualTo(2.5);
            assertThat(hit.highlights()).containsEntry("title", "宜昌市<em>市场</em>主体");
        });
        assertThat(page.facets().get("THEME")).containsExactly(
                java.util.Map.entry("TRANSPORT", 30L), java.util.Map.entry("HEALTH", 20L),
                java.util.Map.entry("ECONOMY", 7L));
        assertThat(page.json().path("total").asInt()).isEqualTo(57);
    }

    @Test
    void createTokenLogsInWithBasicAuthAndSendsNameAndExpiry() {
        hub.on("POST", "/api/v1/auth/tokens", 201, """
                {"id": 12, "name": "cli", "token": "jct_secret", "createdAt": "2026-01-01T00:00:00Z",
                 "expiresAt": "2027-01-01T00:00:00Z"}""");

        IssuedToken token = publisher.createToken("zhang", "密码 1", "cli", Instant.parse("2027-01-01T00:00:00Z"));

        Request request = hub.only("POST", "/api/v1/auth/tokens");
        String expected = Base64.getEncoder().encodeToString("zhang:密码 1".getBytes(StandardCharsets.UTF_8));
        assertThat(request.header("Authorization")).isEqualTo("Basic " + expected);
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = Json.MAPPER.readTree(request.body());
        assertThat(body.path("name").asString()).isEqualTo("cli");
        assertThat(body.path("expiresAt").asString()).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(token.id()).isEqualTo(12);
        assertThat(token.token()).isEqualTo("jct_secret");
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(token.toString()).doesNotContain("jct_secret");
    }

    @Test
    void tokenWithoutExpirySendsNoExpiry() {
        hub.on("POST", "/api/v1/auth/tokens", 201, """
                {"id": 13, "name": "cli", "token": "jct_x", "createdAt": "2026-01-01T00:00:00Z"}""");

        IssuedToken token = anonymous.createToken("zhang", "pw", "cli", null);

        assertThat(Json.MAPPER.readTree(hub.only("POST", "/api/v1/auth/tokens").body()).has("expiresAt")).isFalse();
        assertThat(token.expiresAt()).isNull();
    }

    @Test
    void everyCallCarriesTheBearerTokenAndTheLanguage() {
        hub.on("GET", "/api/v1/me", 200, """
                {"id": 3, "username": "zhang", "displayName": "张三", "roles": ["PUBLISHER"], "organizationId": 7}""");
        JingchuClient english = JingchuClient.builder(hub.url()).token("jct_publisher").language("en").build();

        User me = english.me();

        Request request = hub.only("GET", "/api/v1/me");
        assertThat(request.header("Authorization")).isEqualTo("Bearer jct_publisher");
        assertThat(request.header("Accept-Language")).isEqualTo("en");
        assertThat(me).isEqualTo(new User(3, "zhang", "张三", List.of("PUBLISHER"), 7L));
    }

    @Test
    void resourceReadsTheMainFieldsAndKeepsMembersItDoesNotKnow() {
        hub.on("GET", "/api/v1/resources/YC-SCJG-0001", 200,
                aResource().with("futureMember", "新属性").json());

        Resource resource = anonymous.resource("YC-SCJG-0001");

        assertThat(resource.title()).isEqualTo("宜昌市市场主体登记信息");
        assertThat(resource.version()).isEqualTo(3);
        assertThat(resource.opening()).isEqualTo(new Terms("CONDITIONAL", "签署数据使用协议", null));
        assertThat(resource.fields()).extracting(FieldSpec::name)
                .containsExactly("credit_code", "legal_person", "capital");
        assertThat(resource.fields().get(1).personal()).isTrue();
        assertThat(resource.fields().get(2).unit()).isEqualTo("万元");
        assertThat(resource.updatedAt()).isEqualTo(Instant.parse("2025-04-01T02:00:00Z"));
        assertThat(resource.descriptionHtml()).startsWith("<p>");
        assertThat(resource.json().path("futureMember").asString()).isEqualTo("新属性");
    }

    @Test
    void pathSegmentsArePercentEncoded() {
        hub.on("GET", "/api/v1/resources/a b/c", 200, aResource().code("a b/c").json());

        anonymous.resource("a b/c");

        assertThat(hub.only("GET", "/api/v1/resources/a b/c").rawPath()).isEqualTo("/api/v1/resources/a%20b%2Fc");
    }

    @Test
    void aHubBelowAContextPathIsCalledThere() {
        hub.on("GET", "/hub/api/v1/regions", 200, "[]");

        JingchuClient.builder(hub.url() + "/hub/").build().regions();

        assertThat(hub.requests()).extracting(Request::path).containsExactly("/hub/api/v1/regions");
    }

    @Test
    void createResourceFromADraftLeavesOutWhatIsNotSet() {
        hub.on("POST", "/api/v1/resources", 201, aResource().code("NEW-1").version(1).state("DRAFT").json());
        ResourceDraft draft = new ResourceDraft(null, "公交线路", null, null, "TRANSPORT", List.of("公交"),
                List.of(new FieldSpec("line", "线路", "STRING", null, false, false)), "MONTHLY", "CC-BY-4.0",
                new Contact("交通科", null, null), "GENERAL", "L1", new Terms("UNCONDITIONAL", null, null),
                new Terms("UNCONDITIONAL", null, null), false);

        Resource created = publisher.createResource(draft);

        JsonNode body = Json.MAPPER.readTree(hub.only("POST", "/api/v1/resources").body());
        assertThat(body.path("title").asString()).isEqualTo("公交线路");
        assertThat(body.path("fields").get(0).path("label").asString()).isEqualTo("线路");
        assertThat(body.has("code")).isFalse();
        assertThat(body.has("organizationId")).isFalse();
        assertThat(body.path("contact").has("phone")).isFalse();
        assertThat(created.code()).isEqualTo("NEW-1");
        assertThat(created.state()).isEqualTo("DRAFT");
    }

    @Test
    void updateSendsTheDraftWithTheExpectedVersion() {
        hub.on("PUT", "/api/v1/resources/YC-1", 200, aResource().code("YC-1").version(6).json());
        Resource current = Json.read(aResource().code("YC-1").version(5).node(), Resource.class);

        Resource updated = publisher.updateResource("YC-1", current.version(), current.toDraft());

        JsonNode body = Json.MAPPER.readTree(hub.only("PUT", "/api/v1/resources/YC-1").body());
        assertThat(body.path("version").asLong()).isEqualTo(5);
        assertThat(body.path("title").asString()).isEqualTo("宜昌市市场主体登记信息");
        assertThat(body.path("opening").path("conditions").asString()).isEqualTo("签署数据使用协议");
        assertThat(body.has("state")).isFalse();
        assertThat(updated.version()).isEqualTo(6);
    }

    @Test
    void lifecycleStepsPostTheVersionAndTheReason() {
        hub.on("POST", "/api/v1/resources/YC-1/reject", 200, aResource().code("YC-1").state("REJECTED").json());
        hub.on("POST", "/api/v1/resources/YC-1/publish", 200, aResource().code("YC-1").json());

        Resource rejected = publisher.reject("YC-1", 4, "字段说明不完整");
        publisher.publish("YC-1", 5);

        JsonNode reject = Json.MAPPER.readTree(hub.only("POST", "/api/v1/resources/YC-1/reject").body());
        assertThat(reject.path("version").asLong()).isEqualTo(4);
        assertThat(reject.path("reason").asString()).isEqualTo("字段说明不完整");
        JsonNode publish = Json.MAPPER.readTree(hub.only("POST", "/api/v1/resources/YC-1/publish").body());
        assertThat(publish.path("version").asLong()).isEqualTo(5);
        assertThat(publish.has("reason")).isFalse();
        assertThat(rejected.state()).isEqualTo("REJECTED");
    }

    @Test
    void aRefusalCarriesTheProblemDocument() {
        hub.on("POST", "/api/v1/resources", request -> Response.problem(400, "FIELD_INVALID", "fields[0].name",
                "字段名只能由小写字母、数字和下划线组成"));

        JingchuException refusal = catchThrowableOfType(JingchuException.class,
                () -> publisher.createResource(aResource().node()));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.code()).isEqualTo("FIELD_INVALID");
        assertThat(refusal.field()).isEqualTo("fields[0].name");
        assertThat(refusal.detail()).isEqualTo("字段名只能由小写字母、数字和下划线组成");
        assertThat(refusal.getMessage())
                .isEqualTo("400 FIELD_INVALID (fields[0].name): 字段名只能由小写字母、数字和下划线组成");
    }

    @Test
    void aRefusalListsEachWrongField() {
        hub.on("POST", "/api/v1/resources", request -> Response.json(400, """
                {"status": 400, "code": "FIELD_REQUIRED", "field": "title", "title": "请求有误",
                 "errors": [{"field": "title", "code": "FIELD_REQUIRED", "message": "必填"},
                            {"field": "theme", "code": "UNKNOWN_VALUE", "message": "未知的主题"}]}"""));

        JingchuException refusal = catchThrowableOfType(JingchuException.class,
                () -> publisher.createResource(aResource().node()));

        assertThat(refusal.detail()).isEqualTo("请求有误");
        assertThat(refusal.errors()).containsExactly(
                new JingchuException.FieldError("title", "FIELD_REQUIRED", "必填"),
                new JingchuException.FieldError("theme", "UNKNOWN_VALUE", "未知的主题"));
    }

    @Test
    void aRefusalWithoutProblemDocumentKeepsStatusAndText() {
        hub.on("GET", "/api/v1/me", request -> new Response(502, "text/plain", "Bad Gateway"));

        JingchuException refusal = catchThrowableOfType(JingchuException.class, publisher::me);

        assertThat(refusal.status()).isEqualTo(502);
        assertThat(refusal.code()).isNull();
        assertThat(refusal.getMessage()).isEqualTo("502: Bad Gateway");
    }

    @Test
    void aHubThatIsNotThereIsUnreachableNotARefusal() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        JingchuClient nowhere = JingchuClient.builder("http://127.0.0.1:" + freePort).build();

        HubUnreachableException failure = catchThrowableOfType(HubUnreachableException.class, nowhere::regions);

        assertThat(failure.uri().toString()).isEqualTo("http://127.0.0.1:" + freePort + "/api/v1/regions");
    }

    @Test
    void regionCallsUseTheirPathsAndEncodeTheSearch() {
        String yichang = """
                {"code": "420500000000", "name": "宜昌市", "level": "CITY", "parentCode": "420000000000"}""";
        hub.on("GET", "/api/v1/regions/420500000000", 200, yichang);
        hub.on("GET", "/api/v1/regions/420500000000/children", 200, """
                [{"code": "420502000000", "name": "西陵区", "level": "COUNTY", "parentCode": "420500000000"}]""");
        hub.on("GET", "/api/v1/regions/420500000000/ancestors", 200, """
                [{"code": "420000000000", "name": "湖北省", "level": "PROVINCE"}]""");
        hub.on("GET", "/api/v1/regions", 200, "[" + yichang + "]");

        Division division = anonymous.region("420500000000");
        List<Division> children = anonymous.children("420500000000");
        List<Division> ancestors = anonymous.ancestors("420500000000");
        List<Division> found = anonymous.searchRegions("宜昌", 5);

        assertThat(division).isEqualTo(new Division("420500000000", "宜昌市", "CITY", "420000000000"));
        assertThat(children).extracting(Division::name).containsExactly("西陵区");
        assertThat(ancestors).singleElement().satisfies(province -> assertThat(province.parentCode()).isNull());
        assertThat(found).containsExactly(division);
        assertThat(hub.only("GET", "/api/v1/regions").rawQuery()).isEqualTo("q=%E5%AE%9C%E6%98%8C&limit=5");
    }

    @Test
    void statisticsAreAskedForADivisionAndReadWithTheirChildDivisions() {
        hub.on("GET", "/api/v1/statistics", 200, """
                {"divisionCode": "420500000000", "total": 120, "byLevel": {"CITY": 100, "COUNTY": 20},
                 "byTheme": {"TRANSPORT": 70, "HEALTH": 50}, "byGrade": {"GENERAL": 120}, "bySharing": {},
                 "byOpening": {"CONDITIONAL": 120}, "byState": {"PUBLISHED": 120}, "byOrganization": {"7": 120},
                 "byChildDivision": [{"code": "420502000000", "name": "西陵区", "count": 20}],
                 "highQuality": 9}""");

        LedgerStatistics statistics = publisher.statistics("420500000000");

        assertThat(hub.only("GET", "/api/v1/statistics").query().get("division")).containsExactly("420500000000");
        assertThat(statistics.total()).isEqualTo(120);
        assertThat(statistics.byLevel()).containsEntry("COUNTY", 20L);
        assertThat(statistics.byChildDivision())
                .containsExactly(new LedgerStatistics.DivisionCount("420502000000", "西陵区", 20));
        assertThat(statistics.highQuality()).isEqualTo(9);
        assertThat(statistics.json().path("total").asLong()).isEqualTo(120);
    }

    @Test
    void historyReadsEachChangeWithItsAttributes() {
        hub.on("GET", "/api/v1/resources/YC-1/history", 200, """
                [{"version": 1, "action": "REGISTER", "actor": "zhang", "at": "2025-03-01T02:00:00Z", "changes": []},
                 {"version": 2, "action": "UPDATE", "actor": "zhang", "at": "2025-03-02T02:00:00Z",
                  "changes": [{"attribute": "title", "before": "旧名称", "after": "新名称"}]}]""");

        List<ResourceChange> history = anonymous.history("YC-1");

        assertThat(history).extracting(ResourceChange::action).containsExactly("REGISTER", "UPDATE");
        assertThat(history.get(1).changes())
                .containsExactly(new ResourceChange.AttributeChange("title", "旧名称", "新名称"));
    }

    @Test
    void revokingATokenDeletesItById() {
        hub.on("DELETE", "/api/v1/auth/tokens/12", request -> Response.empty(204));

        publisher.revokeToken(12);

        assertThat(hub.only("DELETE", "/api/v1/auth/tokens/12").header("Authorization"))
                .isEqualTo("Bearer jct_publisher");
    }
}
