package io.jingchu.client.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a person wants first from a validation report: the quality score, how many rows were set aside
 * because a value did not fit (with a few examples), how many keys repeat, and where personal information
 * was found in fields not marked as holding it. Whatever the report lacks is null.
 *
 * @param typeErrors rows set aside ({@code rowsRejected})
 * @param typeErrorSamples the first errors, with their rows
 * @param duplicateKeys key values that occur more than once
 */
record ReportSummary(Double qualityScore, Long typeErrors, List<Sample> typeErrorSamples, Long duplicateKeys,
        List<PersonalFinding> personal) {

    private static final int SAMPLES = 3;

    static ReportSummary of(JsonNode report) {
        List<Sample> samples = new ArrayList<>();
        for (JsonNode error : report.path("errors")) {
            if (samples.size() == SAMPLES) {
                break;
            }
            JsonNode value = error.path("value");
            samples.add(new Sample(integer(error.path("row")), text(error.path("field")),
                    value.isString() ? value.asString() : text(error.path("message"))));
        }
        List<PersonalFinding> personal = new ArrayList<>();
        for (JsonNode finding : report.path("personalInformation")) {
            personal.add(new PersonalFinding(text(finding.path("field")), text(finding.path("kind")),
                    integer(finding.path("matches"))));
        }
        JsonNode score = report.path("qualityScore");
        return new ReportSummary(score.isNumber() ? score.asDouble() : null, integer(report.path("rowsRejected")),
                samples, integer(report.path("duplicateKeys").path("duplicatedKeys")), personal);
    }

    /** One value that did not fit, or a row that broke the file's shape. */
    record Sample(Long row, String field, String value) {
    }

    /** Personal information of one kind (a resident ID number, a mobile number …) found in one field. */
    record PersonalFinding(String field, String kind, Long count) {
    }

    private static Long integer(JsonNode node) {
        return node.isIntegralNumber() ? node.asLong() : null;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
