package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.ingest.DataFormat;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.ingest.LoadJob;
import io.jingchu.hub.ingest.LoadRequest;
import io.jingchu.hub.ingest.LoadSource;
import io.jingchu.hub.ingest.Upload;
import io.jingchu.hub.ingest.ValidationReport;
import io.jingchu.hub.ingest.internal.source.TextEncoding;
import io.jingchu.hub.ingest.internal.source.TextEncodings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who may load what, uploads, and queuing loads. The work of a load is {@link LoadRunner}'s; this class checks
 * everything that can be checked before a job exists, so that a refused request leaves no job behind.
 */
final class LoadService implements IngestApi {

    private static final Pattern UPLOAD_ID = Pattern.compile("u-[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CatalogApi catalog;
    private final UploadStore uploads;
    private final LoadJobStore jobs;
    private final VersionStore versions;
    private final IngestFiles files;
    private final IngestProperties settings;
    private final LoadRunner runner;
    private final Clock clock;

    LoadService(CatalogApi catalog, UploadStore uploads, LoadJobStore jobs, VersionStore versions, IngestFiles files,
            IngestProperties settings, LoadRunner runner, Clock clock) {
        this.catalog = catalog;
        this.uploads = uploads;
        this.jobs = jobs;
        this.versions = versions;
        this.files = files;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public Upload createUpload(Caller caller, String filename, long size) {
        mayLoadAnything(caller);
        String name = filename == null ? "" : filename.strip();
        if (name.isEmpty()) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "filename");
        }
        if (name.length() > 255 || name.contains("/") || name.contains("\\") || name.chars().anyMatch(c -> c < 32)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "filename");
        }
        if (DataFormat.ofFileName(name).isEmpty()) {
            throw DomainException.onField(ErrorCode.UNSUPPORTED_FORMAT, "filename", name);
        }
        if (size < 0) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "size");
        }
        if (size > settings.maxUploadSize().toBytes()) {
            throw DomainException.onField(ErrorCode.FILE_TOO_LARGE, "size", settings.maxUploadSize().toString());
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = "u-" + HexFormat.of().formatHex(random);
        Instant now = clock.instant();
        try {
            Files.createFile(files.upload(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        uploads.insert(id, caller.userId(), name, size, now, now.plus(settings.uploadExpiry()));
        return upload(caller, id);
    }

    @Override
    public Upload appendChunk(Caller caller, String uploadId, long offset, InputStream chunk) {
        UploadStore.UploadRow row = ownUpload(caller, uploadId);
        Upload upload = row.upload();
        if (offset != upload.received()) {
            throw DomainException.onField(ErrorCode.UPLOAD_OFFSET_MISMATCH, "Upload-Offset", upload.received())
                    .withProperty("received", upload.received());
        }
        long room = upload.size() - offset;
        long written = 0;
        Path file = files.upload(uploadId);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.position(offset);
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = chunk.read(buffer)) > 0) {
                if (written + n > room) {
                    out.truncate(offset);
                    throw DomainException.onField(ErrorCode.FILE_TOO_LARGE, "size", upload.size() + " B");
                }
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                written += n;
            }
            // Acknowledge only bytes that are on disk: a client resumes from `received` after any crash.
            out.force(false);
        } catch (IOException e) {
            throw DomainException.onField(ErrorCode.MALFORMED_REQUEST, "body", "the upload was interrupted");
        }
        if (!uploads.advance(uploadId, offset, offset + written)) {
            long now = uploads.find(uploadId).map(r -> r.upload().received()).orElse(0L);
            throw DomainException.onField(ErrorCode.UPLOAD_OFFSET_MISMATCH, "Upload-Offset", now)
                    .withProperty("received", now);
        }
        return upload(caller, uploadId);
    }

    @Override
    public Upload upload(Caller caller, String uploadId) {
        return ownUpload(caller, uploadId).upload();
    }

    @Override
    public LoadJob startLoad(Caller caller, String resourceCode, LoadRequest request) {
        DataResource resource = manageable(caller, resourceCode);
        if (resource.state() == LifecycleState.RETIRED) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "state", resource.state().name(), "LOAD");
        }
        if (resource.fields().isEmpty()) {
            throw DomainException.onField(ErrorCode.SCHEMA_MISMATCH, "fields", "the resource defines no fields");
        }
        LoadRunner.Staged source = stage(caller, request);
        checkColumns(source, request, resource);
        jobs.liveFor(resourceCode).ifPresent(id -> {
            throw DomainException.onField(ErrorCode.LOAD_IN_PROGRESS, "code", id);
        });
        long id = jobs.insert(resourceCode, caller.userId(), caller.username(), source.kind(),
                request.source().label(), source.format(), source.totalBytes(), clock.instant());
        runner.submit(id, caller.username(), resource, source, request);
        return job(caller, id);
    }

    /** Checks the source and settles its format before a job exists. */
    private LoadRunner.Staged stage(Caller caller, LoadRequest request) {
        LoadSource source = request.source();
        if (source instanceof LoadSource.Upload u) {
            UploadStore.UploadRow row = ownUpload(caller, u.uploadId());
            if (!row.upload().complete()) {
                throw DomainException.onField(ErrorCode.UPLOAD_INCOMPLETE, "upload", row.upload().received(),
                        row.upload().size());
            }
            DataFormat format = format(request, row.upload().filename());
            return new LoadRunner.Staged("UPLOAD", files.upload(u.uploadId()), format, row.upload().size(),
                    u.uploadId());
        }
        if (source instanceof LoadSource.ServerPath p) {
            Path path = allowedPath(p.path());
            DataFormat format = format(request, path.getFileName().toString());
            try {
                return new LoadRunner.Staged("PATH", path, format, Files.size(path), null);
            } catch (IOException e) {
                throw DomainException.onField(ErrorCode.SOURCE_FAILED, "path", "the file cannot be read");
            }
        }
        LoadSource.Jdbc jdbc = (LoadSource.Jdbc) source;
        if ((jdbc.table() == null) == (jdbc.query() == null)) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "jdbc.table", "table or query, one of them");
        }
        SourceConversion.jdbc(jdbc);
        return new LoadRunner.Staged("JDBC", null, DataFormat.JDBC, 0, null);
    }

    /**
     * For delimited text, reads the header now, so that a file whose columns do not match the schema is
     * refused before any job exists (the most common mistake, answered at once).
     */
    private static void checkColumns(LoadRunner.Staged source, LoadRequest request, DataResource resource) {
        if (source.file() == null || (source.format() != DataFormat.CSV && source.format() != DataFormat.TSV)) {
            return;
        }
        TextEncoding encoding = TextEncodings.resolve(request.encoding(), source.file());
        try {
            List<String> header = DatasetLoader.header(source.file(), encoding.charset(),
                    source.format() == DataFormat.TSV ? '\t' : ',');
            ColumnMapping.of(header, resource.fields());
        } catch (IOException e) {
            throw DomainException.onField(ErrorCode.MALFORMED_FILE, "file", "the header row cannot be read");
        }
    }

    private static DataFormat format(LoadRequest request, String filename) {
        if (request.format() != null) {
            if (request.format() == DataFormat.JDBC) {
                throw DomainException.onField(ErrorCode.UNSUPPORTED_FORMAT, "format", "JDBC");
            }
            return request.format();
        }
        return DataFormat.ofFileName(filename).orElseThrow(
                () -> DomainException.onField(ErrorCode.UNSUPPORTED_FORMAT, "format", filename));
    }

    /** A server path inside one of the allowed directories, resolved through links. */
    private Path allowedPath(String requested) {
        Path real;
        try {
            real = Path.of(requested).toRealPath();
        } catch (IOException | RuntimeException e) {
            throw DomainException.onField(ErrorCode.PATH_NOT_ALLOWED, "path", requested);
        }
        for (Path root : settings.serverPaths()) {
            try {
                if (real.startsWith(root.toRealPath()) && Files.isRegularFile(real)) {
                    return real;
                }
            } catch (IOException e) {
                // A configured directory that does not exist allows nothing.
            }
        }
        throw DomainException.onField(ErrorCode.PATH_NOT_ALLOWED, "path", requested);
    }

    @Override
    public LoadJob job(Caller caller, long jobId) {
        LoadJobStore.JobRow row = jobs.find(jobId)
                .orElseThrow(() -> DomainException.onField(ErrorCode.JOB_NOT_FOUND, "id", jobId));
        if (row.userId() != caller.userId() && !mayOversee(caller, row.job().resourceCode())) {
            throw DomainException.onField(ErrorCode.JOB_NOT_FOUND, "id", jobId);
        }
        return row.job();
    }

    @Override
    public List<LoadJob> jobs(Caller caller, String resourceCode) {
        if (!mayOversee(caller, resourceCode)) {
            throw DomainException.onField(ErrorCode.RESOURCE_NOT_FOUND, "code", resourceCode);
        }
        return jobs.forResource(resourceCode, 100);
    }

    @Override
    public LoadJob cancel(Caller caller, long jobId) {
        LoadJob job = job(caller, jobId);
        if (caller.has(Role.AUDITOR) && !caller.has(Role.ADMIN)) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
        if (job.state().isFinal() || !jobs.requestCancel(jobId)) {
            throw DomainException.onField(ErrorCode.JOB_FINISHED, "id", job(caller, jobId).state().name());
        }
        runner.cancelIfLocal(jobId);
        return job(caller, jobId);
    }

    @Override
    public List<DatasetVersion> versions(Caller caller, String resourceCode) {
        if (!mayOversee(caller, resourceCode)) {
            throw DomainException.onField(ErrorCode.RESOURCE_NOT_FOUND, "code", resourceCode);
        }
        return versions.list(resourceCode);
    }

    @Override
    public ValidationReport report(Caller caller, String resourceCode, int version) {
        if (!mayOversee(caller, resourceCode)) {
            throw DomainException.onField(ErrorCode.RESOURCE_NOT_FOUND, "code", resourceCode);
        }
        return versions.report(resourceCode, version)
                .orElseThrow(() -> DomainException.onField(ErrorCode.VERSION_NOT_FOUND, "version", version));
    }

    /** The resource, if this caller may load data into it. */
    private DataResource manageable(Caller caller, String code) {
        DataResource resource = catalog.get(caller, code);
        if (!(caller.has(Role.ADMIN) || (caller.has(Role.PUBLISHER) && caller.actsFor(resource.organizationId())))) {
            throw DomainException.onField(ErrorCode.NOT_OWN_ORGANIZATION, "code");
        }
        return resource;
    }

    /** Owners, the data bureau and auditors see a resource's jobs, versions and reports. */
    private boolean mayOversee(Caller caller, String code) {
        return catalog.find(caller, code).map(r -> caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)
                || (caller.has(Role.PUBLISHER) && caller.actsFor(r.organizationId()))).orElse(false);
    }

    private static void mayLoadAnything(Caller caller) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.PUBLISHER)) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
    }

    private UploadStore.UploadRow ownUpload(Caller caller, String uploadId) {
        if (uploadId == null || !UPLOAD_ID.matcher(uploadId).matches()) {
            throw DomainException.onField(ErrorCode.UPLOAD_NOT_FOUND, "upload", String.valueOf(uploadId));
        }
        return uploads.find(uploadId).filter(r -> r.ownerId() == caller.userId())
                .orElseThrow(() -> DomainException.onField(ErrorCode.UPLOAD_NOT_FOUND, "upload", uploadId));
    }
}
