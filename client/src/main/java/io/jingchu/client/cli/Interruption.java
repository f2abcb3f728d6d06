package io.jingchu.client.cli;

import io.jingchu.client.HubUnreachableException;
import io.jingchu.client.JingchuClient;
import io.jingchu.client.JingchuException;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What Ctrl-C does while {@code jingchu load} runs. The tool is stopping either way (the hook runs as the JVM
 * shuts down); what it can still do is leave the user knowing where things stand: during the upload, that
 * running the same command again continues it; during the load, the job runs on in the hub, so the user is
 * asked whether to cancel it, or, without a terminal to ask on, told how.
 */
final class Interruption implements AutoCloseable {

    private static final Set<String> YES = Set.of("y", "yes", "是", "是的", "确定");

    private final Thread hook;

    private Interruption(Runnable action) {
        this.hook = new Thread(action, "jingchu-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Runs {@code action} if the tool is stopped (Ctrl-C, SIGTERM) before {@link #close()}. */
    static Interruption whileRunning(Runnable action) {
        return new Interruption(action);
    }

    /** The question asked on the terminal, or null when there is none. */
    static UnaryOperator<String> terminalQuestion() {
        Console console = System.console();
        return console == null ? null : question -> console.readLine("%s", question);
    }

    /** During the upload: the unfinished upload is remembered, so the same command continues it. */
    static Runnable duringUpload(ProgressBar progress, PrintWriter err, Messages messages) {
        return () -> {
            progress.suspend();
            err.println(messages.text("load.uploadInterrupted"));
            err.flush();
        };
    }

    /**
     * During the load: asks whether to cancel the job and cancels it if so; tells how to follow or cancel it
     * otherwise.
     *
     * @param ask asks a question on the terminal and returns the answer; null when there is no terminal
     */
    static Runnable duringLoad(JingchuClient client, String jobId, ProgressBar progress, PrintWriter err,
            Messages messages, UnaryOperator<String> ask) {
        return () -> {
            progress.suspend();
            String answer = ask == null ? null : ask.apply(messages.text("load.askCancel", jobId));
            if (answer != null && YES.contains(answer.strip().toLowerCase(Locale.ROOT))) {
                try {
                    client.cancelLoad(jobId);
                    err.println(messages.text("load.cancelRequested", jobId));
                } catch (JingchuException | HubUnreachableException e) {
                    err.println(messages.text("load.cancelFailed", e.getMessage()));
                    err.println(messages.text("load.stillRunning", jobId));
                }
            } else {
                err.println(messages.text("load.stillRunning", jobId));
            }
            err.flush();
        };
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs, as it should
        }
    }
}
