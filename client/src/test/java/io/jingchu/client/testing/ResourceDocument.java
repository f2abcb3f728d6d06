package io.jingchu.client.testing;

import io.jingchu.client.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds DataResource JSON as the hub sends it ({@code aResource().code("X").version(3).json()}), with
 * believable defaults for everything not set.
 */
public final class ResourceDocument {

    private final ObjectNode node = Json.MAPPER.createObjectNode();

    private ResourceDocument() {
        node.put("id", 41);
        node.put("code", "YC-SCJG-0001");
        node.put("title", "宜昌市市场主体登记信息");
        node.put("description", "全市市场主体的登记信息。\n按月更新。");
        node.put("descriptionHtml", "<p>全市市场主体的登记信息。</p>");
        node.put("organizationId", 7);
        node.put("organizationName", "宜昌市市场监督管理局");
        node.put("divisionCode", "420500000000");
        node.put("level", "CITY");
        node.put("theme", "MARKET_REGULATION");
        node.putArray("keywords").add("市场主体").add("登记");
        ArrayNode fields = node.putArray("fields");
        fields.addObject().put("name", "credit_code").put("label", "统一社会信用代码").put("type", "STRING")
                .put("nullable", false).put("personal", false);
        fields.addObject().put("name", "legal_person").put("label", "法定代表人").put("type", "STRING")
                .put("nullable", true).put("personal", true);
        fields.addObject().put("name", "capital").put("label", "注册资本").put("type", "DECIMAL")
                .put("unit", "万元").put("nullable", true).put("personal", false);
        node.put("updateFrequency", "MONTHLY");
        node.put("licence", "CC-BY-4.0");
        node.putObject("contact").put("name", "数据科").put("phone", "0717-1234567");
        node.put("grade", "GENERAL");
        node.put("sensitivity", "L2");
        node.putObject("sharing").put("attribute", "UNCONDITIONAL");
        node.putObject("opening").put("attribute", "CONDITIONAL").put("conditions", "签署数据使用协议");
        node.put("highQuality", true);
        node.put("state", "PUBLISHED");
        node.put("version", 3);
        node.put("createdAt", "2025-03-01T02:00:00Z");
        node.put("updatedAt", "2025-04-01T02:00:00Z");
        node.put("publishedAt", "2025-04-01T02:00:00Z");
    }

    public static ResourceDocument aResource() {
        return new ResourceDocument();
    }

    public ResourceDocument code(String code) {
        node.put("code", code);
        return this;
    }

    public ResourceDocument title(String title) {
        node.put("title", title);
        return this;
    }

    public ResourceDocument organizationName(String name) {
        node.put("organizationName", name);
        return this;
    }

    public ResourceDocument version(long version) {
        node.put("version", version);
        return this;
    }

    public ResourceDocument state(String state) {
        node.put("state", state);
        return this;
    }

    public ResourceDocument grade(String grade) {
        node.put("grade", grade);
        return this;
    }

    public ResourceDocument with(String member, String value) {
        node.put(member, value);
        return this;
    }

    public ObjectNode node() {
        return node.deepCopy();
    }

    public String json() {
        return Json.MAPPER.writeValueAsString(node);
    }
}
