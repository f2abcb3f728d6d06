package io.jingchu.client;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns a refusal into a {@link JingchuException}: from its RFC 9457 problem document when it has one. */
final class Problems {

    private static final int MAX_PLAIN_DETAIL = 300;

    private Problems() {
    }

    static JingchuException from(HttpResponse<byte[]> response) {
        return from(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    static JingchuException from(int status, String contentType, byte[] body) {
        if (contentType.contains("json") && body.length > 0) {
            try {
                return fromDocument(status, Json.MAPPER.readTree(body));
            } catch (JacksonException e) {
                // not JSON after all: fall through and report the text
            }
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.length() > MAX_PLAIN_DETAIL) {
            text = text.substring(0, MAX_PLAIN_DETAIL) + "…";
        }
        return new JingchuException(status, null, null, text.isEmpty() ? null : text, List.of());
    }

    static JingchuException fromDocument(int status, JsonNode problem) {
        List<JingchuException.FieldError> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            errors.add(new JingchuException.FieldError(text(error, "field"), text(error, "code"),
                    text(error, "message")));
        }
        String detail = text(problem, "detail");
        if (detail == null) {
            detail = text(problem, "title");
        }
        int problemStatus = problem.path("status").asInt(status);
        String code = text(problem, "code");
        JsonNode received = problem.path("received");
        if (UploadOffsetMismatchException.CODE.equals(code) && received.isIntegralNumber()) {
            return new UploadOffsetMismatchException(problemStatus, text(problem, "field"), detail,
                    received.asLong());
        }
        return new JingchuException(problemStatus, code, text(problem, "field"), detail, errors);
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asString();
    }
}
