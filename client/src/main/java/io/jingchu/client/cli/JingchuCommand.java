package io.jingchu.client.cli;

import io.jingchu.client.HubUnreachableException;
import io.jingchu.client.JingchuClient;
import io.jingchu.client.JingchuException;
import io.jingchu.client.UploadJournal;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code jingchu}: the hub from the command line. The options below apply to every subcommand and may be
 * given before or after it. Exit codes: 0 done, 1 the hub refused or a load failed (the problem on stderr),
 * 2 wrong usage, 3 the hub could not be reached, 4 the audit ledger did not verify.
 */
@Command(name = "jingchu", mixinStandardHelpOptions = true, versionProvider = JingchuCommand.Version.class,
        description = "荆楚数据枢纽 Jingchu Data Hub: keep the ledger of public data resources, load and query their data.",
        subcommands = {LoginCommand.class, LogoutCommand.class, SearchCommand.class, ShowCommand.class,
                PutCommand.class, SubmitCommand.class, PublishCommand.class, RejectCommand.class,
                RetireCommand.class, HistoryCommand.class, RegionsCommand.class, StatsCommand.class,
                LoadCommand.class, VersionsCommand.class, RowsCommand.class, ExportCommand.class,
                VerifyCommand.class})
public final class JingchuCommand implements Runnable {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;
    public static final int NOT_VERIFIED = 4;

    static final String DEFAULT_URL = "http://localhost:8080";
    static final String UPLOADS_FILE = "uploads.json";

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Address of the hub (default: $JINGCHU_URL, the saved login, else " + DEFAULT_URL + ").")
    private String url;

    @Option(names = "--token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
            description = "API token to call with (default: $JINGCHU_TOKEN, else the saved login).")
    private String token;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of messages and labels: ${COMPLETION-CANDIDATES} (default: zh).")
    private Language language;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;
    private final InputStream stdin;

    /** As started from a shell: the process environment and standard input. */
    public JingchuCommand() {
        this(System.getenv(), System.in);
    }

    /** With a given environment ({@code JINGCHU_URL}, {@code JINGCHU_TOKEN}, {@code JINGCHU_CONFIG_DIR} …). */
    public JingchuCommand(Map<String, String> environment, InputStream stdin) {
        this.environment = Map.copyOf(environment);
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        // Chinese must come out as UTF-8 whatever the platform's default charset is.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        CommandLine commandLine = commandLine(new JingchuCommand());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** The command line with this tool's exit codes; callers set its output streams. */
    public static CommandLine commandLine(JingchuCommand command) {
        return new CommandLine(command)
                .setExecutionExceptionHandler(command::handleFailure)
                .setParameterExceptionHandler(command::handleWrongUsage);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), messages().text("error.noCommand"));
    }

    /** Turns the client's failures into exit codes; anything else is a bug and keeps its stack trace. */
    private int handleFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed)
            throws Exception {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof JingchuException refused) {
            // "400 FIELD_INVALID (fields[0].name): …", then each wrong field if the hub listed several
            err.println(refused.getMessage());
            refused.errors().forEach(error -> err.println("  " + error.field() + " " + error.code() + ": "
                    + error.message()));
            err.flush();
            return REFUSED;
        }
        if (failure instanceof CommandFailedException failed) {
            err.println(failed.getMessage());
            err.flush();
            return failed.exitCode();
        }
        if (failure instanceof HubUnreachableException unreachable) {
            err.println(messages().text("error.unreachable", unreachable.uri(), unreachable.reason()));
            err.flush();
            return UNREACHABLE;
        }
        throw failure;
    }

    /** The message and where to read more, rather than the whole usage text after every slip. */
    private int handleWrongUsage(ParameterException wrong, String[] args) {
        CommandLine commandLine = wrong.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(wrong.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(wrong, err);
        err.println(messages().text("error.seeHelp", commandLine.getCommandSpec().qualifiedName()));
        err.flush();
        return USAGE;
    }

    // ---- what subcommands share ----------------------------------------------------------------------------

    /** A client of the chosen hub, calling with the chosen token (none if there is none). */
    JingchuClient client() {
        return clientBuilder().token(token().orElse(null)).build();
    }

    /** A client of the chosen hub that calls anonymously until given a token. */
    JingchuClient.Builder clientBuilder() {
        try {
            return JingchuClient.builder(hubUrl()).language(language().tag());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), messages().text("error.badUrl", hubUrl()));
        }
    }

    /** {@code --url}, else $JINGCHU_URL, else the saved login's, else the local default. */
    String hubUrl() {
        if (url != null) {
            return url;
        }
        String fromEnvironment = environment.get("JINGCHU_URL");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return credentialStore().load().map(Credentials::url).orElse(DEFAULT_URL);
    }

    /**
     * {@code --token}, else $JINGCHU_TOKEN, else the saved login's token, but only when it was issued by the
     * hub being called: a token is never sent to another hub.
     */
    Optional<String> token() {
        if (token != null) {
            return Optional.of(token);
        }
        String fromEnvironment = environment.get("JINGCHU_TOKEN");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment);
        }
        return credentialStore().load()
                .filter(saved -> Credentials.sameHub(saved.url(), hubUrl()))
                .map(Credentials::token);
    }

    Language language() {
        return language != null ? language : Language.zh;
    }

    Messages messages() {
        return Messages.of(language());
    }

    CredentialStore credentialStore() {
        return CredentialStore.locate(environment);
    }

    /** Unfinished uploads, beside the saved login, so that running the same load again resumes them. */
    UploadJournal uploadJournal() {
        return UploadJournal.inFile(credentialStore().directory().resolve(UPLOADS_FILE));
    }

    /** A variable of the environment the tool runs in, if set. */
    Optional<String> environment(String name) {
        return Optional.ofNullable(environment.get(name));
    }

    InputStream stdin() {
        return stdin;
    }

    /** The languages the tool speaks; the constant names are what {@code --lang} accepts. */
    enum Language {
        zh("zh-CN"),
        en("en");

        private final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        /** The Accept-Language sent to the hub. */
        String tag() {
            return tag;
        }
    }

    /** The version of the jar, from its manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = JingchuCommand.class.getPackage().getImplementationVersion();
            return new String[] {"jingchu " + (version != null ? version : "(development build)")};
        }
    }
}
