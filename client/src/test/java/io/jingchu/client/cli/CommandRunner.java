package io.jingchu.client.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code jingchu} in the test's JVM with a given configuration directory and environment. */
final class CommandRunner {

    private final Path configDirectory;

    CommandRunner(Path configDirectory) {
        this.configDirectory = configDirectory;
    }

    Run run(String... args) {
        return run(Map.of(), args);
    }

    Run run(Map<String, String> environment, String... args) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("JINGCHU_CONFIG_DIR", configDirectory.toString());
        JingchuCommand command = new JingchuCommand(env, new ByteArrayInputStream(new byte[0]));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = JingchuCommand.commandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** What a run printed and how it ended. */
    record Run(int exitCode, String out, String err) {

        /** Both streams, to explain a failed assertion. */
        String both() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
