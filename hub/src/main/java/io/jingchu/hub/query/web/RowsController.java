package io.jingchu.hub.query.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.RequestCredentials;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.query.Coordinates;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.RowsAnswer;
import io.jingchu.hub.query.export.CsvRowsWriter;
import io.jingchu.hub.query.export.ExportFormat;
import io.jingchu.hub.query.export.GeoJsonRowsWriter;
import io.jingchu.hub.query.export.JsonRowsWriter;
import io.jingchu.hub.query.export.JsonValues;
import io.jingchu.hub.query.export.RowsWriter;
import io.jingchu.hub.query.export.XlsxRowsWriter;
import io.jingchu.hub.query.internal.QueryService;
import io.jingchu.hub.query.internal.QueryService.Download;
import io.jingchu.hub.query.internal.QueryService.Export;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The row API, exports and version downloads. Public at the endpoint: whether a caller may read a resource's data
 * is {@code access}'s decision, asked by the service for every read. Answers are written straight to the
 * response: pages with Jackson's generator, exports as they stream from the engine.
 */
@RestController
class RowsController {

    private final QueryService queries;
    private final JsonMapper json;

    RowsController(QueryService queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/api/v1/resources/{code}/rows")
    @PreAuthorize("permitAll()")
    void rows(Caller caller, @PathVariable String code, @RequestParam MultiValueMap<String, String> params,
            @RequestAttribute(name = RequestCredentials.API_TOKEN_ID, required = false) @Nullable Long tokenId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        RowsAnswer answer = queries.rows(caller, request.getRemoteAddr(), tokenId, code, params);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
            writePage(out, answer);
        }
    }

    @GetMapping("/api/v1/resources/{code}/export.{extension}")
    @PreAuthorize("permitAll()")
    void export(Caller caller, @PathVariable String code, @PathVariable String extension,
            @RequestParam MultiValueMap<String, String> params,
            @RequestAttribute(name = RequestCredentials.API_TOKEN_ID, required = false) @Nullable Long tokenId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = ExportFormat.ofExtension(extension)
                .orElseThrow(() -> DomainException.of(ErrorCode.NOT_FOUND));
        boolean labels = header(params);
        try (Export export = queries.export(caller, request.getRemoteAddr(), tokenId, code, params, format)) {
            response.setContentType(format.mediaType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    Attachments.disposition(code + "-v" + export.version().number() + "." + format.extension()));
            try {
                OutputStream out = response.getOutputStream();
                if (export.file() != null) {
                    response.setContentLengthLong(Files.size(export.file()));
                    Files.copy(export.file(), out);
                } else {
                    writer(format, export, labels).write(export.rows(), out);
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                export.failed(e instanceof RuntimeException r ? r : new IllegalStateException(e));
                throw e;
            }
        }
    }

    @GetMapping("/api/v1/resources/{code}/versions/{number}/download")
    @PreAuthorize("permitAll()")
    void download(Caller caller, @PathVariable String code, @PathVariable String number,
            @RequestAttribute(name = RequestCredentials.API_TOKEN_ID, required = false) @Nullable Long tokenId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download download = queries.download(caller, request.getRemoteAddr(), tokenId, code, number);
        DatasetVersion version = download.version();
        String hex = version.contentHash().substring(version.contentHash().indexOf(':') + 1);
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
        response.setContentType(ExportFormat.PARQUET.mediaType());
        response.setContentLengthLong(Files.size(version.file()));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                Attachments.disposition(code + "-v" + version.number() + ".parquet"));
        response.setHeader("Repr-Digest", "sha-256=:" + base64 + ":");
        response.setHeader("Digest", "sha-256=" + base64);
        response.setHeader(HttpHeaders.ETAG, "\"sha256-" + hex + "\"");
        Files.copy(version.file(), response.getOutputStream());
    }

    private RowsWriter writer(ExportFormat format, Export export, boolean labels) {
        return switch (format) {
            case CSV -> new CsvRowsWriter(labels);
            case JSON -> JsonRowsWriter.array(json);
            case NDJSON -> JsonRowsWriter.lines(json);
            case XLSX -> new XlsxRowsWriter(XlsxRowsWriter.ROWS_PER_SHEET);
            case GEOJSON -> {
                Coordinates c = Coordinates.of(export.version().fields()).orElseThrow();
                yield new GeoJsonRowsWriter(json, export.column(c.longitude()), export.column(c.latitude()));
            }
            case PARQUET -> throw new IllegalStateException("Parquet exports are files");
        };
    }

    /** {@code header=label} (the default: Chinese labels) or {@code header=name}. */
    private static boolean header(Map<String, List<String>> params) {
        List<String> header = params.get("header");
        if (header == null || header.isEmpty()) {
            return true;
        }
        if (header.size() == 1 && header.get(0).equals("name")) {
            return false;
        }
        if (header.size() == 1 && header.get(0).equals("label")) {
            return true;
        }
        throw DomainException.onField(ErrorCode.FIELD_INVALID, "header");
    }

    private static void writePage(JsonGenerator out, RowsAnswer answer) {
        out.writeStartObject();
        out.writeStringProperty("resource", answer.resource());
        out.writeNumberProperty("version", answer.version());
        out.writeName("fields");
        out.writeStartArray();
        for (ResultColumn column : answer.columns()) {
            out.writeStartObject();
            out.writeStringProperty("name", column.name());
            out.writeStringProperty("label", column.label());
            out.writeStringProperty("type", column.type().name());
            if (column.unit() != null) {
                out.writeStringProperty("unit", column.unit());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("rows");
        out.writeStartArray();
        List<ResultColumn> columns = answer.columns();
        for (Object[] row : answer.rows()) {
            out.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                out.writeName(columns.get(i).name());
                JsonValues.write(out, row[i]);
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeNumberProperty("limit", answer.limit());
        out.writeNumberProperty("offset", answer.offset());
        if (answer.total() != null) {
            out.writeNumberProperty("total", answer.total().value());
            out.writeBooleanProperty("totalExact", answer.total().exact());
        }
        if (answer.nextCursor() != null) {
            out.writeStringProperty("nextCursor", answer.nextCursor());
        }
        out.writeEndObject();
    }
}
