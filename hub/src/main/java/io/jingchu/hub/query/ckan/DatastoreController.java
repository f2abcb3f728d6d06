package io.jingchu.hub.query.ckan;

import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.common.web.Problems;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.RequestCredentials;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.duckdb.SqlSandbox;
import io.jingchu.hub.query.export.JsonValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * CKAN's DataStore read actions, {@code datastore_search} and {@code datastore_search_sql}, under
 * {@code /api/3/action} only (CKAN's unversioned alias is left out: these are data endpoints, which the rate
 * limits know by this path), GET with parameters or POST with a JSON object, answering in CKAN's envelope
 * {@code {help, success, result}} and refusing in CKAN's {@code {help, success: false, error: {__type, message}}}
 * with CKAN's statuses, plus the hub's stable {@code code}.
 */
@RestController
@RequestMapping("/api/3/action")
class DatastoreController {

    private static final Logger log = LoggerFactory.getLogger(DatastoreController.class);

    private final DatastoreSearch search;
    private final JsonMapper json;
    private final Problems problems;
    private final String helpBase;

    DatastoreController(DatastoreSearch search, JsonMapper json, Problems problems, HubProperties hub) {
        this.search = search;
        this.json = json;
        this.problems = problems;
        String url = hub.publicUrl().strip();
        this.helpBase = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                + "/api/3/action/help_show?name=";
    }

    @RequestMapping(path = "/datastore_search", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    void datastoreSearch(Caller caller, @RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body,
            @RequestAttribute(name = RequestCredentials.API_TOKEN_ID, required = false) @Nullable Long tokenId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        DatastoreSearch.SearchAnswer answer = search.search(caller, request.getRemoteAddr(), tokenId,
                DatastoreParameters.of(query, body, json));
        try (JsonGenerator out = start(response, "datastore_search")) {
            out.writeStringProperty("resource_id", answer.resourceId());
            out.writeName("fields");
            out.writeStartArray();
            for (ResultColumn column : answer.columns()) {
                out.writeStartObject();
                out.writeStringProperty("id", column.name());
                out.writeStringProperty("type", column.name().equals("_id") ? "int" : ckanType(column.type()));
                if (!column.name().equals("_id")) {
                    out.writeName("info");
                    out.writeStartObject();
                    out.writeStringProperty("label", column.label());
                    if (column.unit() != null) {
                        out.writeStringProperty("unit", column.unit());
                    }
                    out.writeEndObject();
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeStringProperty("records_format", "objects");
            writeRecords(out, answer.columns().stream().map(ResultColumn::name).toList(), answer.records());
            out.writeNumberProperty("limit", answer.limit());
            out.writeNumberProperty("offset", answer.offset());
            if (answer.total() != null) {
                out.writeNumberProperty("total", answer.total());
                out.writeBooleanProperty("total_was_estimated", false);
            }
            out.writeName("_links");
            out.writeStartObject();
            String start = "/api/3/action/datastore_search?resource_id="
                    + URLEncoder.encode(answer.resourceId(), StandardCharsets.UTF_8)
                    + (answer.limitGiven() ? "&limit=" + answer.limit() : "");
            out.writeStringProperty("start", start);
            out.writeStringProperty("next", start + "&offset=" + (answer.offset() + answer.limit()));
            out.writeEndObject();
            end(out);
        }
    }

    @RequestMapping(path = "/datastore_search_sql", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    void datastoreSearchSql(Caller caller, @RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body,
            @RequestAttribute(name = RequestCredentials.API_TOKEN_ID, required = false) @Nullable Long tokenId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        DatastoreSearch.SqlAnswer answer = search.sql(caller, request.getRemoteAddr(), tokenId,
                DatastoreParameters.of(query, body, json));
        try (JsonGenerator out = start(response, "datastore_search_sql")) {
            out.writeStringProperty("sql", answer.sql());
            out.writeName("fields");
            out.writeStartArray();
            for (SqlSandbox.Column column : answer.columns()) {
                out.writeStartObject();
                out.writeStringProperty("id", column.name());
                out.writeStringProperty("type", ckanType(column.type()));
                out.writeEndObject();
            }
            out.writeEndArray();
            writeRecords(out, answer.columns().stream().map(SqlSandbox.Column::name).toList(), answer.records());
            end(out);
        }
    }

    private JsonGenerator start(HttpServletResponse response, String action) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JsonGenerator out = json.createGenerator(response.getOutputStream());
        out.writeStartObject();
        out.writeStringProperty("help", helpBase + action);
        out.writeBooleanProperty("success", true);
        out.writeName("result");
        out.writeStartObject();
        return out;
    }

    private static void end(JsonGenerator out) {
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void writeRecords(JsonGenerator out, List<String> names, List<@Nullable Object[]> records) {
        out.writeName("records");
        out.writeStartArray();
        for (Object[] record : records) {
            out.writeStartObject();
            for (int i = 0; i < names.size(); i++) {
                out.writeName(names.get(i));
                JsonValues.write(out, record[i]);
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** The DataStore's type names, from a field type. */
    private static String ckanType(FieldType type) {
        return switch (type) {
            case STRING -> "text";
            case INTEGER -> "int8";
            case DECIMAL -> "numeric";
            case BOOLEAN -> "bool";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
        };
    }

    /** The DataStore's type names, from an engine type of a SQL result. */
    private static String ckanType(String engineType) {
        String type = engineType.toUpperCase(Locale.ROOT);
        if (type.startsWith("DECIMAL")) {
            return "numeric";
        }
        return switch (type) {
            case "BIGINT", "HUGEINT", "UBIGINT" -> "int8";
            case "INTEGER", "SMALLINT", "TINYINT", "UINTEGER", "USMALLINT", "UTINYINT" -> "int4";
            case "DOUBLE", "FLOAT" -> "float8";
            case "BOOLEAN" -> "bool";
            case "DATE" -> "date";
            case "TIMESTAMP", "TIMESTAMP_MS", "TIMESTAMP_NS", "TIMESTAMP_S" -> "timestamp";
            case "VARCHAR" -> "text";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    @ExceptionHandler(DatastoreException.class)
    ResponseEntity<Map<String, Object>> invalid(DatastoreException e, HttpServletRequest request) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "Validation Error");
        error.put(e.field(), List.of(e.getMessage()));
        return failure(409, error, request);
    }

    /** The hub's refusals in CKAN's terms, keeping the hub's code. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> refused(DomainException e, HttpServletRequest request) {
        String message = problems.of(e.code(), e.field(), e.args()).getDetail();
        Map<String, Object> error = new LinkedHashMap<>();
        int status;
        if (e.code() == ErrorCode.RESOURCE_NOT_FOUND || e.code() == ErrorCode.VERSION_NOT_FOUND) {
            status = 404;
            error.put("__type", "Not Found Error");
            error.put("message", "Not found: " + message);
        } else if (e.code().category() == ErrorCode.Category.ACCESS) {
            status = e.code().status().value();
            error.put("__type", "Authorization Error");
            error.put("message", message);
        } else {
            status = 409;
            error.put("__type", "Validation Error");
            error.put(ckanField(e), List.of(message));
        }
        error.put("code", e.code().name());
        e.properties().forEach(error::put);
        return failure(status, error, request);
    }

    /** Let Spring Security answer these as it answers them everywhere. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure in the DataStore API", e);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "Internal Server Error");
        error.put("message", "Internal server error");
        return failure(500, error, request);
    }

    private static String ckanField(DomainException e) {
        if (e.field() == null) {
            return "message";
        }
        return e.field().equals("sql") ? "query" : e.field();
    }

    private ResponseEntity<Map<String, Object>> failure(int status, Map<String, Object> error,
            HttpServletRequest request) {
        String uri = request.getRequestURI();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", helpBase + uri.substring(uri.lastIndexOf('/') + 1));
        body.put("success", false);
        body.put("error", error);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
