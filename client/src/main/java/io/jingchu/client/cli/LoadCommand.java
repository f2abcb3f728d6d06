package io.jingchu.client.cli;

import io.jingchu.client.DatasetVersion;
import io.jingchu.client.JingchuClient;
import io.jingchu.client.JingchuException;
import io.jingchu.client.Json;
import io.jingchu.client.LoadJob;
import io.jingchu.client.LoadRequest;
import io.jingchu.client.ResumableUpload;
import io.jingchu.client.Upload;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Loads data into a resource and shows how it goes: uploads a file in resumable chunks (or names a file on
 * the hub's machine, or a relational source), starts the load job, follows it to the end with a progress
 * bar, and prints the version it published with a summary of the validation report. Also follows or cancels
 * a job started earlier.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load data into a resource from a file (uploaded in resumable chunks), a path on the hub's "
                + "machine or a relational database, and follow the load to the end.",
                "Running the same command again after an interruption continues the upload where it stopped."})
final class LoadCommand extends HubCommand {

    static final String JDBC_PASSWORD_VARIABLE = "JINGCHU_JDBC_PASSWORD";

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The file to upload: CSV, TSV, XLSX, XLS, JSON, NDJSON or Parquet.")
    Path file;

    @Option(names = "--resource", paramLabel = "CODE", description = "The resource to load the data into.")
    String resource;

    @Option(names = "--path", paramLabel = "SERVER_PATH",
            description = "Load a file on the hub's machine instead of uploading one.")
    String serverPath;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "Pull from a database (PostgreSQL, MySQL, MariaDB).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER",
            description = "Database account; its password comes from $" + JDBC_PASSWORD_VARIABLE + ", else is asked for.")
    String jdbcUser;

    @Option(names = "--jdbc-table", paramLabel = "TABLE", description = "The table to read.")
    String jdbcTable;

    @Option(names = "--jdbc-query", paramLabel = "SQL", description = "A read-only query to read instead of a table.")
    String jdbcQuery;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, tsv, xlsx, xls, json, ndjson or parquet (default: from the file name).")
    String format;

    @Option(names = "--encoding", paramLabel = "ENCODING",
            description = "auto, UTF-8, GB18030 or GBK (default: detected).")
    String encoding;

    @Option(names = "--max-errors", paramLabel = "N",
            description = "Values that may fail to convert before the load fails (default: 0).")
    Integer maxErrors;

    @Option(names = "--sheet", paramLabel = "SHEET", description = "The worksheet of an XLSX or XLS file.")
    String sheet;

    @Option(names = "--chunk-size", paramLabel = "SIZE", defaultValue = "8MiB", converter = DataSize.Converter.class,
            description = "Bytes per upload request (default: ${DEFAULT-VALUE}).")
    long chunkSize;

    @Option(names = "--no-wait", description = "Start the load and return without following it.")
    boolean noWait;

    @Option(names = "--follow", paramLabel = "JOB", description = "Follow a load job started earlier.")
    String followJob;

    @Option(names = "--cancel", paramLabel = "JOB", description = "Cancel a load job.")
    String cancelJob;

    @Option(names = "--json", description = "Print the job as JSON at the end instead of the summary.")
    boolean json;

    private ProgressBar progress;

    @Override
    void run() throws Exception {
        checkOneSource();
        progress = ProgressBar.on(err(), messages());
        if (cancelJob != null) {
            LoadJob job = client().cancelLoad(cancelJob);
            out().println(text("load.cancelAsked", job.id(), label("jobState", job.state())));
            return;
        }
        if (followJob != null) {
            finish(follow(client().load(followJob)));
            return;
        }
        LoadRequest request = settings(source());
        LoadJob job = client().startLoad(resource, request);
        if (noWait) {
            out().println(text("load.started", job.id(), resource));
            out().println(text("load.followHint", job.id()));
            return;
        }
        finish(follow(job));
    }

    private void checkOneSource() {
        List<String> sources = new ArrayList<>();
        if (file != null) {
            sources.add("FILE");
        }
        if (serverPath != null) {
            sources.add("--path");
        }
        if (jdbcUrl != null) {
            sources.add("--jdbc-url");
        }
        if (followJob != null) {
            sources.add("--follow");
        }
        if (cancelJob != null) {
            sources.add("--cancel");
        }
        if (sources.size() != 1) {
            throw usage(sources.isEmpty() ? "load.noSource" : "load.severalSources", String.join(", ", sources));
        }
        boolean jdbcOption = jdbcUser != null || jdbcTable != null || jdbcQuery != null;
        if (jdbcOption && jdbcUrl == null) {
            throw usage("load.jdbcWithoutUrl");
        }
        if (jdbcUrl != null && (jdbcTable == null) == (jdbcQuery == null)) {
            throw usage("load.jdbcTableOrQuery");
        }
        if (resource == null && followJob == null && cancelJob == null) {
            throw usage("load.noResource");
        }
    }

    /** Uploads the file when there is one, and says where the data comes from. */
    private LoadRequest source() {
        if (serverPath != null) {
            return LoadRequest.path(serverPath);
        }
        if (jdbcUrl != null) {
            String password = jdbcPassword();
            return LoadRequest.jdbc(jdbcTable != null
                    ? LoadRequest.JdbcSource.table(jdbcUrl, jdbcUser, password, jdbcTable)
                    : LoadRequest.JdbcSource.query(jdbcUrl, jdbcUser, password, jdbcQuery));
        }
        if (!Files.isRegularFile(file)) {
            throw usage("load.noFile", file);
        }
        // fail before a long upload rather than after it
        client().resource(resource);
        return LoadRequest.upload(upload().id());
    }

    private LoadRequest settings(LoadRequest source) {
        return source.withFormat(format).withEncoding(encoding).withMaxErrors(maxErrors).withSheet(sheet);
    }

    private Upload upload() {
        ResumableUpload uploader = ResumableUpload.builder(client())
                .chunkSize(chunkSize)
                .journal(root.uploadJournal())
                .listener(new UploadProgress())
                .build();
        try (Interruption ignored = Interruption.whileRunning(Interruption.duringUpload(progress, err(), messages()))) {
            Upload upload = uploader.upload(file);
            progress.finish();
            return upload;
        } catch (IOException e) {
            progress.finish();
            throw new CommandFailedException(JingchuCommand.REFUSED, text("load.cannotRead", file, e.getMessage()));
        } catch (UncheckedIOException e) {
            // the journal of unfinished uploads could not be saved
            progress.finish();
            throw new CommandFailedException(JingchuCommand.REFUSED, e.getMessage() + ": " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            progress.finish();
            throw e;
        }
    }

    private String jdbcPassword() {
        Optional<String> fromEnvironment = root.environment(JDBC_PASSWORD_VARIABLE);
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get();
        }
        Console console = System.console();
        if (console == null) {
            throw usage("load.noJdbcPassword", JDBC_PASSWORD_VARIABLE);
        }
        char[] typed = console.readPassword("%s", text("load.jdbcPasswordPrompt", jdbcUser == null ? "" : jdbcUser));
        if (typed == null) {
            throw usage("load.noJdbcPassword", JDBC_PASSWORD_VARIABLE);
        }
        return new String(typed);
    }

    private LoadJob follow(LoadJob started) {
        progress.note(text("load.following", started.id()));
        progress.loading(started);
        if (started.finished()) {
            progress.finish();
            return started;
        }
        JingchuClient client = client();
        Runnable onInterrupt = Interruption.duringLoad(client, started.id(), progress, err(), messages(),
                Interruption.terminalQuestion());
        try (Interruption ignored = Interruption.whileRunning(onInterrupt)) {
            return client.followLoad(started.id(), progress::loading);
        } finally {
            progress.finish();
        }
    }

    /** The outcome: the version and the report on success; the report and the reason, and exit code 1, if not. */
    private void finish(LoadJob job) {
        if (json) {
            out().println(Json.pretty(job.json()));
        } else if (job.succeeded()) {
            printVersion(job);
        }
        if (!json && job.report() != null) {
            printReport(ReportSummary.of(job.report()));
        }
        if (job.succeeded()) {
            return;
        }
        out().flush();
        if (LoadJob.CANCELLED.equals(job.state())) {
            throw new CommandFailedException(JingchuCommand.REFUSED, text("load.cancelled", job.id()));
        }
        String reason = job.error() == null ? label("jobState", job.state())
                : job.error().code() + (job.error().message() == null ? "" : ": " + job.error().message());
        throw new CommandFailedException(JingchuCommand.REFUSED, text("load.failed", job.id(), reason));
    }

    private void printVersion(LoadJob job) {
        String code = job.resourceCode() != null ? job.resourceCode() : resource;
        if (job.version() == null) {
            out().println(text("load.succeeded", code, ProgressBar.count(job.rows())));
            return;
        }
        DatasetVersion version = null;
        try {
            version = client().version(code, job.version());
        } catch (JingchuException e) {
            err().println(text("load.versionUnavailable", e.getMessage()));
        }
        long rows = version != null ? version.rowCount() : job.rows();
        String size = version != null && version.byteSize() > 0 ? DataSize.format(version.byteSize()) : "—";
        out().println(text("load.published", code, job.version(), ProgressBar.count(rows), size));
        if (version != null && version.contentHash() != null) {
            out().println(text("load.contentHash", version.contentHash()));
        }
    }

    private void printReport(ReportSummary report) {
        List<String> parts = new ArrayList<>();
        if (report.qualityScore() != null) {
            parts.add(text("report.quality", String.format(Locale.ROOT, "%.1f", report.qualityScore())));
        }
        if (report.typeErrors() != null) {
            parts.add(text("report.typeErrors", ProgressBar.count(report.typeErrors())));
        }
        if (report.duplicateKeys() != null) {
            parts.add(text("report.duplicateKeys", ProgressBar.count(report.duplicateKeys())));
        }
        long personal = report.personal().stream().mapToLong(finding -> finding.count() == null ? 1 : finding.count())
                .sum();
        parts.add(text("report.personal", ProgressBar.count(personal)));
        out().println(text("report.title") + String.join(text("separator"), parts));
        for (ReportSummary.Sample sample : report.typeErrorSamples()) {
            out().println("  " + text("report.typeErrorSample", sample.row() == null ? "?" : sample.row().toString(),
                    sample.field() == null ? "" : sample.field(), sample.value() == null ? "" : sample.value()));
        }
        for (ReportSummary.PersonalFinding finding : report.personal()) {
            out().println("  " + text("report.personalFinding", finding.field() == null ? "?" : finding.field(),
                    finding.kind() == null ? "" : label("pii", finding.kind()),
                    finding.count() == null ? "?" : ProgressBar.count(finding.count())));
        }
    }

    /** The upload's progress on the bar, and its resumptions and retries as notes. */
    private final class UploadProgress implements ResumableUpload.Listener {

        @Override
        public void hashing(long read, long total) {
            progress.hashing(read, total);
        }

        @Override
        public void resumed(Upload upload) {
            progress.note(text("load.resumed", DataSize.format(upload.received()), DataSize.format(upload.size())));
        }

        @Override
        public void sent(long sent, long total) {
            progress.uploading(sent, total);
        }

        @Override
        public void retrying(int attempt, RuntimeException failure, Duration wait) {
            progress.note(text("load.retrying", failure.getMessage(), wait.toMillis() / 1000.0, attempt));
        }
    }
}
