package io.jingchu.client.cli;

import static io.jingchu.client.testing.ResourceDocument.aResource;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.Json;
import io.jingchu.client.testing.FakeHub;
import io.jingchu.client.testing.FakeHub.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class JingchuCommandTest {

    private static final String ME = """
            {"id": 3, "username": "zhang", "displayName": "张三", "roles": ["PUBLISHER"], "organizationId": 7}""";

    private final FakeHub hub = new FakeHub();

    @TempDir
    Path configDirectory;

    @TempDir
    Path workDirectory;

    @AfterEach
    void stopHub() {
        hub.close();
    }

    // ---- login and logout ---------------------------------------------------------------------------------

    @Test
    void loginCreatesATokenWithThePasswordAndSavesItReadableByTheOwnerOnly() throws IOException {
        hub.on("POST", "/api/v1/auth/tokens", 201, """
                {"id": 12, "name": "laptop", "token": "jct_fresh", "createdAt": "2026-01-01T00:00:00Z"}""");
        hub.on("GET", "/api/v1/me", 200, ME);

        Run run = withInput("secret 密码\n", "login", "--url", hub.url(), "--username", "zhang", "--password-stdin",
                "--name", "laptop");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("张三").contains("zhang").contains("PUBLISHER");
        assertThat(hub.only("POST", "/api/v1/auth/tokens").header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("zhang:secret 密码".getBytes(StandardCharsets.UTF_8)));
        assertThat(hub.only("GET", "/api/v1/me").header("Authorization")).isEqualTo("Bearer jct_fresh");
        Path saved = configDirectory.resolve("credentials.json");
        JsonNode credentials = Json.MAPPER.readTree(saved);
        assertThat(credentials.path("url").asString()).isEqualTo(hub.url());
        assertThat(credentials.path("token").asString()).isEqualTo("jct_fresh");
        assertThat(credentials.path("tokenId").asLong()).isEqualTo(12);
        assertThat(Files.readString(saved)).doesNotContain("secret");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved))).isEqualTo("rw-------");
        }
    }

    @Test
    void laterCommandsCallTheSavedHubWithTheSavedToken() {
        saveLogin(hub.url(), "jct_saved", 12L);
        hub.on("GET", "/api/v1/resources", 200, emptyPage());

        Run run = jingchu("search");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hub.only("GET", "/api/v1/resources").header("Authorization")).isEqualTo("Bearer jct_saved");
    }

    @Test
    void theSavedTokenIsNeverSentToAnotherHub() {
        saveLogin("http://hub.example.gov.cn", "jct_saved", 12L);
        hub.on("GET", "/api/v1/resources", 200, emptyPage());

        Run run = jingchu("search", "--url", hub.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hub.only("GET", "/api/v1/resources").header("Authorization")).isNull();
    }

    @Test
    void aTokenGivenInTheEnvironmentWinsOverTheSavedOne() {
        saveLogin(hub.url(), "jct_saved", 12L);
        hub.on("GET", "/api/v1/resources", 200, emptyPage());

        Run run = jingchu(Map.of("JINGCHU_TOKEN", "jct_env"), "", "search");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hub.only("GET", "/api/v1/resources").header("Authorization")).isEqualTo("Bearer jct_env");
    }

    @Test
    void loginWithoutATerminalOrStdinIsAUsageError() {
        Run run = jingchu("login", "--url", hub.url(), "--username", "zhang");

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(run.err()).contains("--password-stdin");
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void wrongPasswordExitsOneAndSavesNothing() {
        hub.on("POST", "/api/v1/auth/tokens",
                request -> Response.problem(401, "BAD_CREDENTIALS", null, "用户名或密码错误"));

        Run run = withInput("wrong\n", "login", "--url", hub.url(), "--username", "zhang", "--password-stdin");

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(run.err()).contains("401 BAD_CREDENTIALS: 用户名或密码错误");
        assertThat(configDirectory.resolve("credentials.json")).doesNotExist();
    }

    @Test
    void logoutRevokesTheSavedTokenAndDeletesTheFile() {
        saveLogin(hub.url(), "jct_saved", 12L);
        hub.on("DELETE", "/api/v1/auth/tokens/12", request -> Response.empty(204));

        Run run = jingchu("logout");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hub.only("DELETE", "/api/v1/auth/tokens/12").header("Authorization"))
                .isEqualTo("Bearer jct_saved");
        assertThat(configDirectory.resolve("credentials.json")).doesNotExist();
    }

    @Test
    void logoutDeletesTheFileEvenWhenTheHubIsGone() throws IOException {
        saveLogin(unusedAddress(), "jct_saved", 12L);

        Run run = jingchu("logout");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("未能吊销令牌").contains("无法连接").doesNotContain("jct_saved");
        assertThat(configDirectory.resolve("credentials.json")).doesNotExist();
    }

    // ---- search, show ---------------------------------------------------------------------------------------

    @Test
    void searchPrintsATableWithTheTotalAndTheFacets() {
        hub.on("GET", "/api/v1/resources", 200, """
                {"total": 2, "offset": 0, "limit": 20,
                 "hits": [{"resource": %s, "score": 3.1, "highlights": {}},
                          {"resource": %s, "score": 1.2, "highlights": {}}],
                 "facets": {"THEME": {"MARKET_REGULATION": 1, "TRANSPORT": 1}, "ORGANIZATION": {"7": 2},
                            "HIGH_QUALITY": {"true": 2}}}"""
                .formatted(aResource().code("YC-SCJG-0001").json(),
                        aResource().code("YC-JT-12").title("Bus lines 公交线路").organizationName("宜昌市交通运输局")
                                .grade("IMPORTANT").state("SUBMITTED").json()));
        hub.on("GET", "/api/v1/organizations", 200, """
                [{"id": 7, "code": "yc-scjgj", "name": "宜昌市市场监督管理局", "divisionCode": "420500000000",
                  "level": "CITY"}]""");

        Run run = jingchu("search", "--url", hub.url(), "市场", "主体", "--theme", "MARKET_REGULATION",
                "--theme", "TRANSPORT", "--high-quality", "--limit", "20");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hub.only("GET", "/api/v1/resources").query()).containsEntry("q", List.of("市场 主体"))
                .containsEntry("theme", List.of("MARKET_REGULATION", "TRANSPORT"))
                .containsEntry("highQuality", List.of("true"))
                .containsEntry("limit", List.of("20"));
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("代码", "名称", "单位", "分级", "开放属性", "状态");
        String first = lines.stream().filter(line -> line.startsWith("YC-SCJG-0001")).findFirst().orElseThrow();
        String second = lines.stream().filter(line -> line.startsWith("YC-JT-12")).findFirst().orElseThrow();
        assertThat(first).contains("宜昌市市场主体登记信息", "宜昌市市场监督管理局", "一般数据", "有条件开放", "已发布");
        assertThat(second).contains("Bus lines 公交线路", "宜昌市交通运输局", "重要数据", "待审核");
        assertThat(displayColumnOf(first, "一般数据")).isEqualTo(displayColumnOf(second, "重要数据"));
        assertThat(run.out()).contains("共 2 条，显示第 1–2 条")
                .contains("主题: 市场监管 1 · 交通出行 1")
                .contains("单位: 宜昌市市场监督管理局 2")
                .contains("高质量数据集: 是 2");
    }

    @Test
    void searchAsJsonPrintsTheHubsAnswer() {
        hub.on("GET", "/api/v1/resources", 200, """
                {"total": 1, "offset": 0, "limit": 20, "hits": [{"resource": %s, "score": 1.0}], "facets": {}}"""
                .formatted(aResource().json()));

        Run run = jingchu("search", "--url", hub.url(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode printed = Json.MAPPER.readTree(run.out());
        assertThat(printed.path("total").asInt()).isEqualTo(1);
        assertThat(printed.path("hits").get(0).path("resource").path("title").asString())
                .isEqualTo("宜昌市市场主体登记信息");
    }

    @Test
    void showPrintsTheMetadataAndTheFieldSchema() {
        hub.on("GET", "/api/v1/resources/YC-SCJG-0001", 200, aResource().json());

        Run run = jingchu("show", "--url", hub.url(), "YC-SCJG-0001");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("宜昌市市场主体登记信息")
                .contains("宜昌市市场监督管理局")
                .contains("有条件开放；条件：签署数据使用协议")
                .contains("二级（低敏感）")
                .contains("全市市场主体的登记信息。")
                .contains("字段（3 个）");
        String personal = run.out().lines().filter(line -> line.startsWith("legal_person")).findFirst().orElseThrow();
        assertThat(personal).contains("法定代表人", "STRING").endsWith("是");
        String capital = run.out().lines().filter(line -> line.startsWith("capital")).findFirst().orElseThrow();
        assertThat(capital).contains("注册资本", "DECIMAL", "万元");
        assertThat(displayColumnOf(personal, "STRING")).isEqualTo(displayColumnOf(capital, "DECIMAL"));
    }

    @Test
    void globalOptionsWorkAfterTheSubcommandToo() {
        hub.on("GET", "/api/v1/resources/YC-SCJG-0001", 200, aResource().json());

        Run run = jingchu("show", "YC-SCJG-0001", "--lang", "en", "--url", hub.url(), "--token", "jct_given");

        assertThat(run.exitCode()).as(run.err()).isZero();
        FakeHub.Request request = hub.only("GET", "/api/v1/resources/YC-SCJG-0001");
        assertThat(request.header("Accept-Language")).isEqualTo("en");
        assertThat(request.header("Authorization")).isEqualTo("Bearer jct_given");
        assertThat(run.out()).contains("Fields (3)");
    }

    @Test
    void showInEnglishAsksTheHubInEnglishAndShowsConstantNames() {
        hub.on("GET", "/api/v1/resources/YC-SCJG-0001", 200, aResource().json());

        Run run = jingchu("--lang", "en", "show", "--url", hub.url(), "YC-SCJG-0001");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hub.only("GET", "/api/v1/resources/YC-SCJG-0001").header("Accept-Language")).isEqualTo("en");
        assertThat(run.out()).contains("Fields (3)").contains("CONDITIONAL; conditions: 签署数据使用协议");
    }

    // ---- put and lifecycle ----------------------------------------------------------------------------------

    @Test
    void putRegistersAResourceWhoseCodeIsUnknown() throws IOException {
        hub.on("GET", "/api/v1/resources/YC-NEW-1",
                request -> Response.problem(404, "RESOURCE_NOT_FOUND", "code", "没有这个数据资源"));
        hub.on("POST", "/api/v1/resources", 201, aResource().code("YC-NEW-1").version(1).state("DRAFT").json());
        Path file = draftFile(aResource().code("YC-NEW-1").node());

        Run run = jingchu("put", "--url", hub.url(), file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("已登记 YC-NEW-1（版本 1）");
        JsonNode sent = Json.MAPPER.readTree(hub.only("POST", "/api/v1/resources").body());
        assertThat(sent.path("code").asString()).isEqualTo("YC-NEW-1");
        assertThat(sent.path("title").asString()).isEqualTo("宜昌市市场主体登记信息");
        assertThat(sent.has("id")).isFalse();
        assertThat(sent.has("state")).isFalse();
        assertThat(sent.has("version")).isFalse();
        assertThat(hub.requests()).noneMatch(request -> request.method().equals("PUT"));
    }

    @Test
    void putUpdatesAnExistingResourceAtItsCurrentVersion() throws IOException {
        hub.on("GET", "/api/v1/resources/YC-SCJG-0001", 200, aResource().version(5).json());
        hub.on("PUT", "/api/v1/resources/YC-SCJG-0001", 200, aResource().title("新名称").version(6).json());
        Path file = draftFile(aResource().title("新名称").version(2).node());

        Run run = jingchu("put", "--url", hub.url(), file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("已更新 YC-SCJG-0001（版本 6）");
        JsonNode sent = Json.MAPPER.readTree(hub.only("PUT", "/api/v1/resources/YC-SCJG-0001").body());
        assertThat(sent.path("version").asLong()).isEqualTo(5);
        assertThat(sent.path("title").asString()).isEqualTo("新名称");
        assertThat(hub.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void putWithSubmitSubmitsTheVersionItJustSaved() throws IOException {
        hub.on("POST", "/api/v1/resources", 201, aResource().code("YC-NEW-2").version(1).state("DRAFT").json());
        hub.on("POST", "/api/v1/resources/YC-NEW-2/submit", 200,
                aResource().code("YC-NEW-2").version(2).state("SUBMITTED").json());
        Path file = draftFile(draftWithoutCode());

        Run run = jingchu("put", "--url", hub.url(), file.toString(), "--submit");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.MAPPER.readTree(hub.only("POST", "/api/v1/resources/YC-NEW-2/submit").body())
                .path("version").asLong()).isEqualTo(1);
        assertThat(run.out()).contains("已登记 YC-NEW-2（版本 1）").contains("YC-NEW-2：待审核（版本 2）");
    }

    @Test
    void putOfAFileThatIsNotJsonIsAUsageError() throws IOException {
        Path file = Files.writeString(workDirectory.resolve("broken.json"), "{\"title\": ");

        Run run = jingchu("put", "--url", hub.url(), file.toString());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(run.err()).contains("broken.json");
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void publishFetchesTheVersionFirstAndARefusalExitsOneWithTheCode() {
        hub.on("GET", "/api/v1/resources/YC-SCJG-0001", 200, aResource().version(4).state("SUBMITTED").json());
        hub.on("POST", "/api/v1/resources/YC-SCJG-0001/publish",
                request -> Response.problem(403, "ONLY_BUREAU_DECIDES", null, "只有数据管理部门可以发布"));

        Run run = jingchu("publish", "--url", hub.url(), "--token", "jct_publisher", "YC-SCJG-0001");

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(run.err()).contains("403 ONLY_BUREAU_DECIDES: 只有数据管理部门可以发布");
        assertThat(run.out()).isEmpty();
        assertThat(Json.MAPPER.readTree(hub.only("POST", "/api/v1/resources/YC-SCJG-0001/publish").body())
                .path("version").asLong()).isEqualTo(4);
    }

    @Test
    void rejectSendsTheReason() {
        hub.on("GET", "/api/v1/resources/YC-SCJG-0001", 200, aResource().version(4).state("SUBMITTED").json());
        hub.on("POST", "/api/v1/resources/YC-SCJG-0001/reject", 200,
                aResource().version(5).state("REJECTED").json());

        Run run = jingchu("reject", "--url", hub.url(), "YC-SCJG-0001", "--reason", "缺少字段说明");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sent = Json.MAPPER.readTree(hub.only("POST", "/api/v1/resources/YC-SCJG-0001/reject").body());
        assertThat(sent.path("reason").asString()).isEqualTo("缺少字段说明");
        assertThat(run.out()).contains("YC-SCJG-0001：已驳回（版本 5）");
    }

    @Test
    void aFieldRefusalNamesTheField() throws IOException {
        hub.on("POST", "/api/v1/resources", request -> Response.problem(400, "FIELD_INVALID", "fields[0].name",
                "字段名不合规"));
        Path file = draftFile(draftWithoutCode());

        Run run = jingchu("put", "--url", hub.url(), file.toString());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(run.err()).contains("400 FIELD_INVALID (fields[0].name): 字段名不合规");
    }

    @Test
    void historyListsEachChangeAndItsAttributes() {
        hub.on("GET", "/api/v1/resources/YC-1/history", 200, """
                [{"version": 1, "action": "REGISTER", "actor": "zhang", "at": "2025-03-01T02:00:00Z", "changes": []},
                 {"version": 2, "action": "REJECT", "actor": "admin", "at": "2025-03-02T02:00:00Z",
                  "note": "缺少字段说明", "changes": [{"attribute": "state", "before": "SUBMITTED", "after": "REJECTED"}]}]""");

        Run run = jingchu("history", "--url", hub.url(), "YC-1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("v1").contains("登记").contains("驳回").contains("缺少字段说明")
                .contains("state: SUBMITTED → REJECTED");
    }

    // ---- regions and statistics ---------------------------------------------------------------------------

    @Test
    void regionsPrintsTheTreeBelowADivisionToTheGivenDepth() {
        hub.on("GET", "/api/v1/regions/420500000000", 200, division("420500000000", "宜昌市", "CITY"));
        hub.on("GET", "/api/v1/regions/420500000000/children", 200, "[" + division("420502000000", "西陵区", "COUNTY")
                + "," + division("420503000000", "伍家岗区", "COUNTY") + "]");
        hub.on("GET", "/api/v1/regions/420502000000/children", 200,
                "[" + division("420502001000", "西陵街道", "TOWNSHIP") + "]");
        hub.on("GET", "/api/v1/regions/420503000000/children", 200,
                "[" + division("420503001000", "大公桥街道", "TOWNSHIP") + "]");

        Run run = jingchu("regions", "--url", hub.url(), "420500000000", "--depth", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "宜昌市  420500000000  市级",
                "├─ 西陵区  420502000000  县级",
                "│  └─ 西陵街道  420502001000  乡级",
                "└─ 伍家岗区  420503000000  县级",
                "   └─ 大公桥街道  420503001000  乡级");
    }

    @Test
    void regionsWithoutACodeListsTheProvincesOnly() {
        hub.on("GET", "/api/v1/regions", 200, "[" + division("420000000000", "湖北省", "PROVINCE") + "]");

        Run run = jingchu("regions", "--url", hub.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("└─ 湖北省  420000000000  省级");
        assertThat(hub.requests()).hasSize(1);
    }

    @Test
    void regionsSearchFindsByName() {
        hub.on("GET", "/api/v1/regions", 200, "[" + division("420500000000", "宜昌市", "CITY") + "]");

        Run run = jingchu("regions", "--url", hub.url(), "--search", "宜昌");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hub.only("GET", "/api/v1/regions").query()).containsEntry("q", List.of("宜昌"));
        assertThat(run.out()).contains("420500000000  宜昌市  市级");
    }

    @Test
    void statsPrintsEachDimensionAndTheChildDivisions() {
        hub.on("GET", "/api/v1/statistics", 200, """
                {"divisionCode": "420500000000", "total": 200, "byLevel": {"CITY": 150, "COUNTY": 50},
                 "byTheme": {"HEALTH": 40, "TRANSPORT": 160}, "byGrade": {"GENERAL": 180, "IMPORTANT": 20},
                 "bySharing": {"UNCONDITIONAL": 200}, "byOpening": {"NONE": 20, "CONDITIONAL": 180},
                 "byState": {"PUBLISHED": 200}, "byOrganization": {"7": 200},
                 "byChildDivision": [{"code": "420502000000", "name": "西陵区", "count": 50}],
                 "highQuality": 12}""");
        hub.on("GET", "/api/v1/regions/420500000000", 200, division("420500000000", "宜昌市", "CITY"));

        Run run = jingchu("stats", "--url", hub.url(), "--division", "420500000000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hub.only("GET", "/api/v1/statistics").query()).containsEntry("division", List.of("420500000000"));
        String out = run.out();
        assertThat(out).contains("一本账统计：宜昌市（420500000000）").contains("数据资源 200 个，其中高质量数据集 12 个")
                .contains("市级").contains("不予开放").contains("无条件共享").contains("西陵区");
        assertThat(out.indexOf("交通出行")).as("largest first").isLessThan(out.indexOf("医疗卫生"));
        String transport = out.lines().filter(line -> line.startsWith("交通出行")).findFirst().orElseThrow();
        assertThat(transport).endsWith(" 160  80.0%");
    }

    // ---- exit codes ---------------------------------------------------------------------------------------

    @Test
    void anUnreachableHubExitsThree() throws IOException {
        String nowhere = unusedAddress();

        Run run = jingchu("search", "--url", nowhere);

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.UNREACHABLE);
        assertThat(run.err().strip()).isEqualTo("无法连接 " + nowhere + "/api/v1/resources：connection refused");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = jingchu("search", "--url", hub.url(), "--colour");

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(run.err()).contains("--colour").contains("jingchu search --help");
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(jingchu().exitCode()).isEqualTo(JingchuCommand.USAGE);
    }

    @Test
    void anAddressThatIsNotHttpIsAUsageError() {
        Run run = jingchu("search", "--url", "ftp://example.org");

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(run.err()).contains("ftp://example.org");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private record Run(int exitCode, String out, String err) {
    }

    private Run jingchu(String... args) {
        return jingchu(Map.of(), "", args);
    }

    private Run withInput(String stdin, String... args) {
        return jingchu(Map.of(), stdin, args);
    }

    private Run jingchu(Map<String, String> environment, String stdin, String... args) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("JINGCHU_CONFIG_DIR", configDirectory.toString());
        JingchuCommand command = new JingchuCommand(env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = JingchuCommand.commandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private void saveLogin(String url, String token, Long tokenId) {
        new CredentialStore(configDirectory).save(new Credentials(url, token, tokenId, "zhang"));
    }

    private Path draftFile(JsonNode draft) throws IOException {
        Path file = workDirectory.resolve("resource.json");
        Files.writeString(file, Json.pretty(draft));
        return file;
    }

    private static String emptyPage() {
        return """
                {"total": 0, "offset": 0, "limit": 20, "hits": [], "facets": {}}""";
    }

    private static String division(String code, String name, String level) {
        return """
                {"code": "%s", "name": "%s", "level": "%s"}""".formatted(code, name, level);
    }

    private static String unusedAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    /** Display columns before the text in the line. */
    private static int displayColumnOf(String line, String text) {
        int index = line.indexOf(text);
        assertThat(index).as("%s in %s", text, line).isNotNegative();
        return Table.width(line.substring(0, index));
    }

    /** A draft without a code: the hub gives it one. */
    private static JsonNode draftWithoutCode() {
        ObjectNode draft = aResource().node();
        draft.remove("code");
        return draft;
    }
}
