package io.jingchu.hub.ingest.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DataFormat;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.ingest.LoadJob;
import io.jingchu.hub.ingest.LoadRequest;
import io.jingchu.hub.ingest.LoadSource;
import io.jingchu.hub.ingest.ValidationReport;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Load jobs and the versions they publish. */
@RestController
class LoadController {

    /** The body of a load request: exactly one of upload, path and jdbc. */
    record LoadBody(@Nullable String upload, @Nullable String path, @Nullable JdbcBody jdbc, @Nullable String format,
            @Nullable String encoding, @Nullable Long maxErrors, @Nullable String sheet) {
    }

    record JdbcBody(@Nullable String url, @Nullable String user, @Nullable String password, @Nullable String table,
            @Nullable String query) {
    }

    /** A version as the API shows it: without the server's file path. */
    record VersionView(String resourceCode, int number, long rowCount, long byteSize, String contentHash,
            double qualityScore, long jobId, Instant publishedAt, List<io.jingchu.hub.catalog.FieldSpec> fields,
            @Nullable ValidationReport report) {

        static VersionView of(DatasetVersion v, @Nullable ValidationReport report) {
            return new VersionView(v.resourceCode(), v.number(), v.rowCount(), v.byteSize(), v.contentHash(),
                    v.qualityScore(), v.jobId(), v.publishedAt(), v.fields(), report);
        }
    }

    private final IngestApi ingest;
    private final LoadProgressStreams streams;

    LoadController(IngestApi ingest, LoadProgressStreams streams) {
        this.ingest = ingest;
        this.streams = streams;
    }

    @PostMapping("/api/v1/resources/{code}/loads")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    ResponseEntity<LoadJob> start(Caller caller, @PathVariable String code, @RequestBody LoadBody body) {
        LoadJob job = ingest.startLoad(caller, code, request(body));
        return ResponseEntity.accepted().location(URI.create("/api/v1/loads/" + job.id())).body(job);
    }

    @GetMapping("/api/v1/resources/{code}/loads")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN', 'AUDITOR')")
    List<LoadJob> jobs(Caller caller, @PathVariable String code) {
        return ingest.jobs(caller, code);
    }

    @GetMapping("/api/v1/loads/{id}")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN', 'AUDITOR')")
    LoadJob job(Caller caller, @PathVariable long id) {
        return ingest.job(caller, id);
    }

    @GetMapping(path = "/api/v1/loads/{id}/events", produces = "text/event-stream")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN', 'AUDITOR')")
    SseEmitter events(Caller caller, @PathVariable long id) {
        LoadJob first = ingest.job(caller, id);
        return streams.follow(caller, first);
    }

    @PostMapping("/api/v1/loads/{id}/cancel")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    LoadJob cancel(Caller caller, @PathVariable long id) {
        return ingest.cancel(caller, id);
    }

    @GetMapping("/api/v1/resources/{code}/versions")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN', 'AUDITOR')")
    List<VersionView> versions(Caller caller, @PathVariable String code) {
        return ingest.versions(caller, code).stream().map(v -> VersionView.of(v, null)).toList();
    }

    @GetMapping("/api/v1/resources/{code}/versions/{number}")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN', 'AUDITOR')")
    VersionView version(Caller caller, @PathVariable String code, @PathVariable int number) {
        DatasetVersion version = ingest.versions(caller, code).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> DomainException.onField(ErrorCode.VERSION_NOT_FOUND, "version", number));
        return VersionView.of(version, ingest.report(caller, code, number));
    }

    private static LoadRequest request(LoadBody body) {
        int given = (body.upload() != null ? 1 : 0) + (body.path() != null ? 1 : 0) + (body.jdbc() != null ? 1 : 0);
        if (given != 1) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "upload");
        }
        LoadSource source;
        if (body.upload() != null) {
            source = new LoadSource.Upload(body.upload());
        } else if (body.path() != null) {
            source = new LoadSource.ServerPath(body.path());
        } else {
            JdbcBody j = body.jdbc();
            if (j.url() == null || j.url().isBlank()) {
                throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "jdbc.url");
            }
            source = new LoadSource.Jdbc(j.url(), j.user(), j.password(), j.table(), j.query());
        }
        DataFormat format = null;
        if (body.format() != null) {
            try {
                format = DataFormat.valueOf(body.format().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.onField(ErrorCode.UNSUPPORTED_FORMAT, "format", body.format());
            }
        }
        long maxErrors = body.maxErrors() == null ? 0 : body.maxErrors();
        if (maxErrors < 0) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "maxErrors");
        }
        return new LoadRequest(source, format, body.encoding(), maxErrors, body.sheet());
    }
}
