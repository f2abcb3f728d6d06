package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ingest.DataFormat;
import io.jingchu.hub.ingest.DatasetVersionPublished;
import io.jingchu.hub.ingest.LoadPhase;
import io.jingchu.hub.ingest.LoadRequest;
import io.jingchu.hub.ingest.LoadState;
import io.jingchu.hub.ingest.ValidationReport;
import io.jingchu.hub.common.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs load jobs on this instance, a few at a time: converts the source if the engine cannot read it
 * directly, loads and validates it, and publishes the version. The version becomes visible in one
 * transaction with the job's success; until then its file is invisible, and whatever a failed or killed load
 * left behind is removed by {@link IngestHousekeeping}.
 */
final class LoadRunner implements DisposableBean {

    /** A source checked and ready to read: a file (upload or server path) or a relational source. */
    record Staged(String kind, @Nullable Path file, DataFormat format, long totalBytes, @Nullable String uploadId) {
    }

    private static final Logger log = LoggerFactory.getLogger(LoadRunner.class);

    private final LoadJobStore jobs;
    private final VersionStore versions;
    private final UploadStore uploads;
    private final IngestFiles files;
    private final DatasetLoader loader;
    private final SourceConversion conversion;
    private final IngestProperties settings;
    private final TransactionOperations tx;
    private final Problems problems;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<Long, AtomicBoolean> local = new ConcurrentHashMap<>();

    LoadRunner(LoadJobStore jobs, VersionStore versions, UploadStore uploads, IngestFiles files, DatasetLoader loader,
            SourceConversion conversion, IngestProperties settings, TransactionOperations tx, Problems problems,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.jobs = jobs;
        this.versions = versions;
        this.uploads = uploads;
        this.files = files;
        this.loader = loader;
        this.conversion = conversion;
        this.settings = settings;
        this.tx = tx;
        this.problems = problems;
        this.clock = clock;
        int threads = Math.max(1, settings.concurrentLoads());
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "load-job");
                    t.setDaemon(true);
                    return t;
                });
    }

    void submit(long jobId, String username, DataResource resource, Staged source, LoadRequest request) {
        local.put(jobId, new AtomicBoolean());
        executor.execute(() -> {
            try {
                run(jobId, username, resource, source, request);
            } finally {
                local.remove(jobId);
            }
        });
    }

    /** Jobs queued or running here, whose heartbeats this instance keeps. */
    Set<Long> localJobs() {
        return Set.copyOf(local.keySet());
    }

    void cancelIfLocal(long jobId) {
        AtomicBoolean flag = local.get(jobId);
        if (flag != null) {
            flag.set(true);
        }
    }

    private void run(long jobId, String username, DataResource resource, Staged source, LoadRequest request) {
        AtomicBoolean cancel = local.get(jobId);
        if (cancel.get() || jobs.cancelRequested(jobId)) {
            end(jobId, LoadState.CANCELLED, new DomainException(ErrorCode.LOAD_CANCELLED, null), null);
            return;
        }
        Instant started = clock.instant();
        jobs.started(jobId, started);
        Path work = files.workFor(jobId);
        Tracker tracker = new Tracker(jobId, cancel, source.totalBytes(), started);
        try {
            List<FieldSpec> fields = resource.fields();
            SourceConversion.Native input = conversion.toNative(source, request, work, tracker);
            tracker.check();
            DatasetLoader.Loaded loaded = loader.load(input.file(), input.format(), fields, request.maxErrors(), work,
                    tracker);
            tracker.check();
            publish(jobId, username, resource.code(), fields, loaded, source, tracker);
        } catch (LoadFailure e) {
            end(jobId, e.code() == ErrorCode.LOAD_CANCELLED ? LoadState.CANCELLED : LoadState.FAILED, e, e.report());
        } catch (DomainException e) {
            end(jobId, e.code() == ErrorCode.LOAD_CANCELLED ? LoadState.CANCELLED : LoadState.FAILED, e, null);
        } catch (Exception e) {
            log.error("load job {} failed", jobId, e);
            end(jobId, LoadState.FAILED, new DomainException(ErrorCode.INTERNAL_ERROR, null), null);
        } finally {
            IngestFiles.deleteQuietly(work);
        }
    }

    private void publish(long jobId, String username, String code, List<FieldSpec> fields,
            DatasetLoader.Loaded loaded, Staged source, Tracker tracker) throws IOException {
        tracker.report(LoadPhase.PUBLISHING, loaded.rows(), source.totalBytes(), 100);
        String hash = sha256(loaded.parquet());
        long bytes = Files.size(loaded.parquet());
        Path published = files.publish(loaded.parquet(), code);
        try {
            int number = publishRow(jobId, username, code, fields, loaded, published, bytes, hash);
            log.info("published {} version {}: {} rows, {} bytes, {}", code, number, loaded.rows(), bytes, hash);
        } catch (RuntimeException e) {
            IngestFiles.deleteQuietly(published);
            throw e;
        }
        int removed = versions.retain(code, settings.keepVersions());
        if (removed > 0) {
            log.info("{}: {} old versions past the retention of {} removed", code, removed, settings.keepVersions());
        }
        if (source.uploadId() != null) {
            uploads.delete(source.uploadId());
            IngestFiles.deleteQuietly(files.upload(source.uploadId()));
        }
    }

    /** The version row and the job's success commit together; a concurrent publish takes the next number. */
    private int publishRow(long jobId, String username, String code, List<FieldSpec> fields, DatasetLoader.Loaded loaded, Path file,
            long bytes, String hash) {
        for (int attempt = 0; ; attempt++) {
            try {
                Integer number = tx.execute(status -> {
                    int n = versions.nextNumber(code);
                    Instant now = clock.instant();
                    versions.insert(code, n, file, loaded.rows(), bytes, hash, fields, loaded.report(), jobId, now);
                    jobs.succeeded(jobId, n, loaded.rows(), loaded.report(), now);
                    events.publishEvent(new DatasetVersionPublished(code, n, loaded.rows(), bytes, hash,
                            loaded.report().qualityScore(), jobId, username, now));
                    return n;
                });
                return number;
            } catch (DuplicateKeyException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    /** Ends the job with the refusal's code and its message in the hub's default language. */
    private void end(long jobId, LoadState state, DomainException e, @Nullable ValidationReport report) {
        String message = problems.message(e.code(), e.field(), e.args(), Locale.SIMPLIFIED_CHINESE);
        jobs.ended(jobId, state, e.code().name(), message, report, clock.instant());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** Progress of one job, written to its row at most twice a second, and the way to ask it to stop. */
    final class Tracker implements DatasetLoader.Progress, SourceConversion.Progress {

        private final long jobId;
        private final AtomicBoolean cancel;
        private final long totalBytes;
        private final Instant started;
        private volatile long lastWrite;
        private volatile @Nullable LoadPhase lastPhase;
        private volatile long rows;

        Tracker(long jobId, AtomicBoolean cancel, long totalBytes, Instant started) {
            this.jobId = jobId;
            this.cancel = cancel;
            this.totalBytes = totalBytes;
            this.started = started;
        }

        @Override
        public boolean report(LoadPhase phase, long rowsSoFar, long bytes, double percent) {
            if (rowsSoFar >= 0) {
                rows = rowsSoFar;
            }
            if (bytes < 0) {
                bytes = 0;
            }
            long now = System.nanoTime();
            if (now - lastWrite < 400_000_000L && phase == lastPhase && !cancel.get()) {
                return false;
            }
            lastWrite = now;
            lastPhase = phase;
            Instant at = clock.instant();
            double seconds = Math.max(0.001, Duration.between(started, at).toMillis() / 1000.0);
            boolean asked = jobs.progress(jobId, phase, rows, bytes, percent, rows / seconds, at);
            if (asked) {
                cancel.set(true);
            }
            return cancel.get();
        }

        @Override
        public boolean converted(long rowsSoFar, long bytes) {
            double percent = totalBytes > 0 ? Math.min(99, 100.0 * bytes / totalBytes) : 0;
            return report(LoadPhase.CONVERTING, rowsSoFar, bytes, percent);
        }

        void check() {
            if (cancel.get() || jobs.cancelRequested(jobId)) {
                throw new LoadFailure(ErrorCode.LOAD_CANCELLED, null, "", null);
            }
        }
    }
}
