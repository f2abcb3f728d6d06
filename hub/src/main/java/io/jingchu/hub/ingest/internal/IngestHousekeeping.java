package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ingest.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.jingchu.hub.common.web.Problems;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps loading honest across crashes and several instances: refreshes the heartbeats of this instance's
 * jobs, marks jobs whose instance stopped reporting as failed, and removes what interrupted loads left
 * behind (working directories, version files no row points at, expired uploads). Runs at start and then
 * periodically; all state it acts on is in the database, so any instance may do it.
 */
final class IngestHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestHousekeeping.class);

    private final LoadJobStore jobs;
    private final VersionStore versions;
    private final UploadStore uploads;
    private final IngestFiles files;
    private final LoadRunner runner;
    private final IngestProperties settings;
    private final Problems problems;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;

    IngestHousekeeping(LoadJobStore jobs, VersionStore versions, UploadStore uploads, IngestFiles files,
            LoadRunner runner, IngestProperties settings, Problems problems, Clock clock) {
        this.jobs = jobs;
        this.versions = versions;
        this.uploads = uploads;
        this.files = files;
        this.runner = runner;
        this.settings = settings;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public void start() {
        reapAbandoned();
        cleanUp();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-housekeeping");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::quietly, 5, 5, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::cleanUp, 10, 10, TimeUnit.MINUTES);
    }

    private void quietly() {
        try {
            jobs.heartbeat(runner.localJobs(), clock.instant());
            reapAbandoned();
        } catch (RuntimeException e) {
            log.warn("ingest housekeeping failed: {}", e.toString());
        }
    }

    /** Jobs whose instance stopped reporting (killed, or lost its database) end as failed. */
    void reapAbandoned() {
        Set<Long> mine = runner.localJobs();
        for (long id : jobs.abandoned(clock.instant().minus(settings.heartbeatTimeout()))) {
            if (mine.contains(id)) {
                continue;
            }
            String message = problems.message(ErrorCode.LOAD_INTERRUPTED, null, new Object[0],
                    Locale.SIMPLIFIED_CHINESE);
            if (jobs.ended(id, LoadState.FAILED, ErrorCode.LOAD_INTERRUPTED.name(), message, null, clock.instant())) {
                log.warn("load job {} was interrupted (its hub stopped) and is marked failed", id);
            }
        }
    }

    /** Removes leftovers of loads that are no longer running anywhere. */
    void cleanUp() {
        try {
            Instant old = clock.instant().minus(settings.orphanAge());
            Set<Long> live = new HashSet<>(jobs.live());
            try (Stream<Path> dirs = Files.list(files.workDir())) {
                for (Path dir : dirs.toList()) {
                    String name = dir.getFileName().toString();
                    Long id = name.startsWith("job-") ? parse(name.substring(4)) : null;
                    if (id == null || !live.contains(id)) {
                        IngestFiles.deleteQuietly(dir);
                    }
                }
            }
            Set<String> referenced = new HashSet<>(versions.referencedFiles());
            try (Stream<Path> walk = Files.walk(files.datasetsDir())) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    if (!referenced.contains(files.relative(file)) && modifiedBefore(file, old)) {
                        IngestFiles.deleteQuietly(file);
                        log.info("removed unpublished dataset file {}", files.relative(file));
                    }
                }
            }
            for (String id : uploads.expired(clock.instant())) {
                uploads.delete(id);
                IngestFiles.deleteQuietly(files.upload(id));
            }
            try (Stream<Path> list = Files.list(files.uploadsDir())) {
                for (Path file : list.toList()) {
                    if (modifiedBefore(file, old) && !uploads.exists(file.getFileName().toString())) {
                        IngestFiles.deleteQuietly(file);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("ingest clean-up failed: {}", e.toString());
        }
    }

    private static boolean modifiedBefore(Path file, Instant when) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().isBefore(when);
    }

    private static Long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }

}
