package io.jingchu.hub.identity.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.identity.UserAccount;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code jingchu admin create --username NAME [--password-stdin] [--display-name TEXT]}: creates an
 * administrator in the hub's database and exits. Present only when the hub runs as a command
 * ({@code jingchu.command=admin}, set by {@code HubApplication} when the first argument is {@code admin}).
 * Exit codes: 0 created, 1 refused (name taken, password too short), 2 wrong command line.
 */
@Component
@ConditionalOnProperty(name = "jingchu.command", havingValue = "admin")
class AdminCommand implements ApplicationRunner, ExitCodeGenerator {

    static final int CREATED = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    private final Administrators administrators;
    private final MessageSource messages;
    private int exitCode = USAGE;

    AdminCommand(Administrators administrators, MessageSource messages) {
        this.administrators = administrators;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(List.of(args.getSourceArgs()), System.in, System.console(), System.out, System.err);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    int execute(List<String> args, InputStream stdin, @Nullable Console console, PrintStream out, PrintStream err) {
        AdminCommandLine command;
        char[] password;
        try {
            command = AdminCommandLine.parse(args);
            password = command.passwordFromStdin() ? firstLine(stdin) : prompt(console);
        } catch (AdminCommandLine.UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        try {
            UserAccount admin = administrators.create(command.username(), command.displayName(), password);
            out.println("Created administrator " + admin.username() + " (id " + admin.id() + ").");
            return CREATED;
        } catch (DomainException refused) {
            err.println("Cannot create administrator " + command.username() + ": " + describe(refused));
            return REFUSED;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private String describe(DomainException refused) {
        Object[] args = new Object[refused.args().length + 1];
        args[0] = refused.field() == null ? "" : refused.field();
        System.arraycopy(refused.args(), 0, args, 1, refused.args().length);
        String text = messages.getMessage(refused.code().messageKey(), args, refused.code().name(), Locale.getDefault());
        return text + " [" + refused.code().name() + "]";
    }

    private static char[] firstLine(InputStream stdin) {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new AdminCommandLine.UsageException("--password-stdin: no password on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new AdminCommandLine.UsageException("--password-stdin: cannot read standard input: " + e.getMessage());
        }
    }

    private static char[] prompt(@Nullable Console console) {
        if (console == null) {
            throw new AdminCommandLine.UsageException("no console to ask for the password on; pipe it in with --password-stdin");
        }
        char[] password = console.readPassword("Password: ");
        char[] again = console.readPassword("Password (again): ");
        if (password == null || again == null || !Arrays.equals(password, again)) {
            throw new AdminCommandLine.UsageException("the passwords do not match");
        }
        Arrays.fill(again, '\0');
        return password;
    }
}
