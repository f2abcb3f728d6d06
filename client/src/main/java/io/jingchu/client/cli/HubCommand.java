package io.jingchu.client.cli;

import io.jingchu.client.JingchuClient;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand of {@code jingchu} has: the shared options, the output and the words to use. */
abstract class HubCommand implements Callable<Integer> {

    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    JingchuCommand root;

    @Spec
    CommandSpec spec;

    private JingchuClient client;

    @Override
    public final Integer call() throws Exception {
        run();
        out().flush();
        return JingchuCommand.OK;
    }

    /** Does the work; the client's exceptions become exit codes in {@link JingchuCommand}. */
    abstract void run() throws Exception;

    /** One client for the whole command, so that its connections are reused. */
    JingchuClient client() {
        if (client == null) {
            client = root.client();
        }
        return client;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Messages messages() {
        return root.messages();
    }

    String text(String key, Object... arguments) {
        return messages().text(key, arguments);
    }

    String label(String kind, String value) {
        return messages().label(kind, value);
    }

    /** A wrong use of the command: exit code 2 with the message. */
    ParameterException usage(String key, Object... arguments) {
        return new ParameterException(spec.commandLine(), text(key, arguments));
    }

    /** An instant in the local time zone, to the minute; empty for null. */
    static String time(Instant instant) {
        return instant == null ? "" : LOCAL_TIME.format(instant);
    }
}
