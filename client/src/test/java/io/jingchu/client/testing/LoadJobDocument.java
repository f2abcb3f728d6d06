package io.jingchu.client.testing;

import io.jingchu.client.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds load-job JSON as the contract describes it ({@code aJob().state("RUNNING").rows(500).json()}), with
 * believable defaults; {@link #aReport()} a validation report in the shape this client reads.
 */
public final class LoadJobDocument {

    private final ObjectNode node = Json.MAPPER.createObjectNode();

    private LoadJobDocument() {
        node.put("id", "42");
        node.put("resourceCode", "YC-SCJG-0001");
        node.put("state", "RUNNING");
        node.put("phase", "READING");
        node.put("rows", 0);
        node.put("bytes", 0);
        node.put("totalBytes", 10_000);
        node.put("percent", 0.0);
        node.put("rowsPerSecond", 0.0);
        node.put("createdAt", "2026-01-05T02:00:00Z");
        node.put("startedAt", "2026-01-05T02:00:01Z");
    }

    public static LoadJobDocument aJob() {
        return new LoadJobDocument();
    }

    /** A job that published version 3 of 1,000 rows, with a report. */
    public static LoadJobDocument aSucceededJob() {
        return aJob().state("SUCCEEDED").phase(null).rows(1_000).bytes(10_000).percent(100).version(3)
                .report(aReport());
    }

    /**
     * A validation report: 1,000 rows, quality 96.5, 3 type errors, 1 duplicate key, mobile numbers found in a
     * field not marked personal.
     */
    public static ObjectNode aReport() {
        return (ObjectNode) Json.MAPPER.readTree("""
                {"rowsRead": 1003, "rowsLoaded": 1000, "rowsRejected": 3, "qualityScore": 96.5,
                 "columns": [{"field": "credit_code", "source": "统一社会信用代码", "type": "STRING", "nulls": 0,
                              "distinct": 999, "distinctExact": true, "min": "914205", "max": "914206"},
                             {"field": "capital", "source": "注册资本", "type": "DECIMAL", "nulls": 12,
                              "distinct": 700, "distinctExact": true, "min": "1", "max": "90000"}],
                 "errors": [{"row": 17, "line": 18, "field": "capital", "kind": "CAST", "value": "十万",
                             "message": "value does not fit type DECIMAL"}],
                 "duplicateKeys": {"keyFields": ["credit_code"], "duplicatedKeys": 1, "rowsInvolved": 2,
                                   "samples": [{"credit_code": "914205", "occurrences": 2}]},
                 "personalInformation": [{"field": "remark", "kind": "MOBILE_NUMBER", "matches": 2, "sampled": 1000,
                                          "share": 0.002, "samples": ["138****5678"]}],
                 "unmappedFields": []}""");
    }

    public LoadJobDocument id(String id) {
        node.put("id", id);
        return this;
    }

    public LoadJobDocument state(String state) {
        node.put("state", state);
        if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
            node.put("finishedAt", "2026-01-05T02:01:00Z");
        }
        return this;
    }

    public LoadJobDocument phase(String phase) {
        if (phase == null) {
            node.remove("phase");
        } else {
            node.put("phase", phase);
        }
        return this;
    }

    public LoadJobDocument rows(long rows) {
        node.put("rows", rows);
        return this;
    }

    public LoadJobDocument bytes(long bytes) {
        node.put("bytes", bytes);
        return this;
    }

    public LoadJobDocument percent(double percent) {
        node.put("percent", percent);
        return this;
    }

    public LoadJobDocument rowsPerSecond(double rate) {
        node.put("rowsPerSecond", rate);
        return this;
    }

    public LoadJobDocument version(int version) {
        node.put("version", version);
        return this;
    }

    public LoadJobDocument error(String code, String message) {
        node.putObject("error").put("code", code).put("message", message);
        return this;
    }

    public LoadJobDocument report(JsonNode report) {
        node.set("report", report);
        return this;
    }

    public String json() {
        return Json.MAPPER.writeValueAsString(node);
    }
}
