package io.jingchu.client.cli;

import io.jingchu.client.LoadJob;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of a load on standard error: computing the checksum and uploading (bytes, rate), then loading
 * on the hub (percent, rows, rows per second). On a terminal one line per phase is redrawn in place with a
 * carriage return, a few times a second; otherwise (a log file, a pipe) a plain line is written now and then,
 * so that the log stays readable. Updates may come from several threads.
 */
final class ProgressBar {

    static final Duration TERMINAL_REDRAW = Duration.ofMillis(100);
    static final Duration PLAIN_INTERVAL = Duration.ofSeconds(5);
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final Messages messages;
    private final LongSupplier nanoClock;

    private String phase;
    private long phaseStarted;
    private long phaseStartAmount;
    private long lastDrawn = Long.MIN_VALUE;
    private String lastLine = "";
    private boolean lineOpen;
    private boolean suspended;
    private boolean phaseDone;
    private long lastRows;
    private long lastRowsAt;
    private double rowRate;

    ProgressBar(PrintWriter err, boolean terminal, Messages messages, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.messages = messages;
        this.nanoClock = nanoClock;
    }

    /** Standard error of the command, redrawn in place when it is a terminal. */
    static ProgressBar on(PrintWriter err, Messages messages) {
        return new ProgressBar(err, System.console() != null, messages, System::nanoTime);
    }

    synchronized void hashing(long read, long total) {
        bytes("hashing", messages.text("progress.hashing"), read, total);
    }

    synchronized void uploading(long sent, long total) {
        bytes("uploading", messages.text("progress.uploading"), sent, total);
    }

    synchronized void loading(LoadJob job) {
        long now = nanoClock.getAsLong();
        boolean first = start("loading", job.rows());
        if (first) {
            lastRows = job.rows();
            lastRowsAt = now;
        } else if (now > lastRowsAt && job.rows() != lastRows) {
            rowRate = (job.rows() - lastRows) / seconds(now - lastRowsAt);
            lastRows = job.rows();
            lastRowsAt = now;
        }
        double rate = job.rowsPerSecond() != null && job.rowsPerSecond() > 0 ? job.rowsPerSecond()
                : job.finished() ? averageRate(job) : rowRate;
        StringBuilder line = new StringBuilder(messages.text("progress.loading"));
        Double percent = job.progress();
        if (percent != null) {
            line.append("  ").append(progress(percent / 100));
        }
        line.append("  ").append(messages.text("progress.rows", count(job.rows())));
        if (Math.round(rate) > 0) {
            line.append("  ").append(messages.text("progress.rowRate", count(Math.round(rate))));
        }
        if (job.phase() != null && !job.finished()) {
            line.append("  ").append(job.phase());
        }
        draw(line.toString(), first || job.finished());
    }

    /** Over the whole run of a job that ended, from its own times; 0 when it does not say. */
    private static double averageRate(LoadJob job) {
        if (job.startedAt() == null || job.finishedAt() == null || !job.finishedAt().isAfter(job.startedAt())) {
            return 0;
        }
        return job.rows() / (Duration.between(job.startedAt(), job.finishedAt()).toNanos() / 1e9);
    }

    /** Messages on their own lines, between redraws. */
    synchronized void note(String text) {
        endLine();
        err.println(text);
        err.flush();
    }

    /** Ends the line being redrawn, leaving it as it last was. */
    synchronized void finish() {
        endLine();
        err.flush();
    }

    /** No more drawing: the terminal is needed for something else (a question after Ctrl-C). */
    synchronized void suspend() {
        endLine();
        suspended = true;
        err.flush();
    }

    private void bytes(String name, String label, long done, long total) {
        boolean first = start(name, done);
        if (phaseDone) {
            return;
        }
        double elapsed = seconds(nanoClock.getAsLong() - phaseStarted);
        StringBuilder line = new StringBuilder(label).append("  ");
        double fraction = total == 0 ? 1 : (double) done / total;
        line.append(progress(fraction)).append("  ")
                .append(DataSize.format(done)).append(" / ").append(DataSize.format(total));
        if (elapsed > 0 && done > phaseStartAmount) {
            line.append("  ").append(DataSize.format(Math.round((done - phaseStartAmount) / elapsed))).append("/s");
        }
        phaseDone = done >= total;
        draw(line.toString(), first || phaseDone);
    }

    /** Whether this update starts a new phase; a new phase gets a line of its own. */
    private boolean start(String name, long amount) {
        if (name.equals(phase)) {
            return false;
        }
        endLine();
        phase = name;
        phaseStarted = nanoClock.getAsLong();
        phaseStartAmount = amount;
        phaseDone = false;
        lastDrawn = Long.MIN_VALUE;
        lastLine = "";
        rowRate = 0;
        return true;
    }

    private void draw(String line, boolean always) {
        if (suspended) {
            return;
        }
        long now = nanoClock.getAsLong();
        long interval = (terminal ? TERMINAL_REDRAW : PLAIN_INTERVAL).toNanos();
        if (line.equals(lastLine) || (!always && lastDrawn != Long.MIN_VALUE && now - lastDrawn < interval)) {
            return;
        }
        if (terminal) {
            int clear = Math.max(0, Table.width(lastLine) - Table.width(line));
            err.print("\r" + line + " ".repeat(clear));
            lineOpen = true;
        } else {
            err.println(line);
        }
        err.flush();
        lastLine = line;
        lastDrawn = now;
    }

    private void endLine() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }

    /** {@code [######------]  42%} on a terminal, where it stays in place; {@code 42%} in a log. */
    private String progress(double fraction) {
        double bounded = Math.max(0, Math.min(1, fraction));
        int percent = (int) Math.floor(bounded * 100);
        if (!terminal) {
            return percent + "%";
        }
        int filled = (int) Math.round(bounded * BAR_WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + String.format(Locale.ROOT, "%3d%%",
                percent);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
