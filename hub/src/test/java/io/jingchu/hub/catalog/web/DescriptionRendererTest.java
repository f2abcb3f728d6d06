package io.jingchu.hub.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptionRendererTest {

    private final DescriptionRenderer renderer = new DescriptionRenderer();

    @Test
    void markdownBecomesHtml() {
        assertThat(renderer.render("# 公交线路\n\n**全市** 线路，见[说明](https://example.org/a)。"))
                .contains("<h1>公交线路</h1>", "<strong>全市</strong>",
                        "<a href=\"https://example.org/a\" rel=\"nofollow noopener\">说明</a>");
    }

    @Test
    void listsAndTablesOfTheCommonMarkSetSurvive() {
        assertThat(renderer.render("- 一\n- 二\n\n`code`")).contains("<ul>", "<li>一</li>", "<code>code</code>");
    }

    @Test
    void noDescriptionRendersAsNothing() {
        assertThat(renderer.render(null)).isNull();
        assertThat(renderer.render("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "前文\n\n<script src=\"https://evil.example/x.js\"></script>\n\n后文",
            "<SCRIPT>alert(1)</SCRIPT>"})
    void scriptsNeverSurvive(String markdown) {
        assertThat(renderer.render(markdown)).doesNotContainIgnoringCase("<script").doesNotContain("evil.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[点我](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">点我</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">点我</a>",
            "[点我](vbscript:msgbox)",
            "[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"})
    void scriptLinksNeverSurvive(String markdown) {
        String html = renderer.render(markdown);
        assertThat(html).contains("点我").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("vbscript:").doesNotContain("data:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=x onerror=\"alert(1)\">",
            "<p onclick=\"alert(1)\">段落</p>",
            "<a href=\"https://example.org\" onmouseover=\"alert(1)\">链接</a>",
            "<div style=\"background:url(javascript:alert(1))\">块</div>"})
    void eventHandlersAndStylesNeverSurvive(String markdown) {
        String html = renderer.render(markdown);
        assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onmouseover").doesNotContainIgnoringCase("style=")
                .doesNotContainIgnoringCase("javascript");
    }

    @Test
    void iframesAndFormsNeverSurvive() {
        assertThat(renderer.render("<iframe src=\"https://evil.example\"></iframe><form><input></form>"))
                .doesNotContain("<iframe", "<form", "<input");
    }
}
