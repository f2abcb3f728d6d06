package io.jingchu.client.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a person wants first from a validation report: the quality score, how many values failed to convert
 * (with a few examples), how many keys are duplicated, and where personal information was found in fields
 * not marked as holding it. Read leniently: a count may be a number, an object with {@code count} (or
 * {@code total}), or a list of findings; whatever is missing is null.
 *
 * @param typeErrorSamples a few of the values that failed to convert
 */
record ReportSummary(Double qualityScore, Long typeErrors, List<Sample> typeErrorSamples, Long duplicateKeys,
        List<PersonalFinding> personal) {

    private static final int SAMPLES = 3;

    static ReportSummary of(JsonNode report) {
        Double score = number(first(report, "qualityScore", "score"));
        if (score == null) {
            score = number(report.path("quality").path("score"));
        }
        JsonNode typeErrors = first(report, "typeErrors", "typeErrorCount");
        Long typeErrorCount = count(typeErrors);
        if (typeErrorCount == null && report.path("columns").isArray()) {
            long sum = 0;
            boolean any = false;
            for (JsonNode column : report.path("columns")) {
                Long columnErrors = count(column.path("typeErrors"));
                if (columnErrors != null) {
                    sum += columnErrors;
                    any = true;
                }
            }
            typeErrorCount = any ? sum : null;
        }
        return new ReportSummary(score, typeErrorCount, samples(typeErrors),
                count(first(report, "duplicateKeys", "duplicates", "duplicateKeyCount")),
                personal(first(report, "personalInformation", "personalData", "pii")));
    }

    /** One value that failed to convert. */
    record Sample(Long row, String field, String value) {
    }

    /** Personal information of one kind (a resident ID number, a mobile number …) found in one field. */
    record PersonalFinding(String field, String kind, Long count) {
    }

    private static JsonNode first(JsonNode node, String... members) {
        for (String member : members) {
            JsonNode value = node.path(member);
            if (!value.isMissingNode() && !value.isNull()) {
                return value;
            }
        }
        return node.path(members[0]);
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static Long count(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isObject()) {
            JsonNode count = first(node, "count", "total");
            return count.isIntegralNumber() ? count.asLong() : null;
        }
        if (node.isArray()) {
            long sum = 0;
            for (JsonNode finding : node) {
                JsonNode count = finding.path("count");
                sum += count.isIntegralNumber() ? count.asLong() : 1;
            }
            return sum;
        }
        return null;
    }

    private static List<Sample> samples(JsonNode typeErrors) {
        JsonNode list = typeErrors.isArray() ? typeErrors : typeErrors.path("samples");
        List<Sample> samples = new ArrayList<>();
        for (JsonNode sample : list) {
            if (samples.size() == SAMPLES) {
                break;
            }
            JsonNode row = first(sample, "row", "line");
            JsonNode value = sample.path("value");
            samples.add(new Sample(row.isIntegralNumber() ? row.asLong() : null, text(first(sample, "field", "column")),
                    value.isMissingNode() || value.isNull() ? null : value.isString() ? value.asString() : value.toString()));
        }
        return samples;
    }

    private static List<PersonalFinding> personal(JsonNode findings) {
        List<PersonalFinding> personal = new ArrayList<>();
        if (findings.isArray()) {
            for (JsonNode finding : findings) {
                JsonNode count = finding.path("count");
                personal.add(new PersonalFinding(text(first(finding, "field", "column")),
                        text(first(finding, "kind", "type", "detector")),
                        count.isIntegralNumber() ? count.asLong() : null));
            }
        } else if (findings.isObject()) {
            // field → {kind → count}, or field → count
            findings.forEachEntry((field, kinds) -> {
                if (kinds.isObject()) {
                    kinds.forEachEntry((kind, count) -> personal.add(new PersonalFinding(field, kind,
                            count.isIntegralNumber() ? count.asLong() : null)));
                } else {
                    personal.add(new PersonalFinding(field, null, kinds.isIntegralNumber() ? kinds.asLong() : null));
                }
            });
        }
        return personal;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
