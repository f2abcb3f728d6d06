package io.jingchu.client.cli;

import io.jingchu.client.IssuedToken;
import io.jingchu.client.JingchuClient;
import io.jingchu.client.User;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Logs in with a password once, and keeps the API token the hub issues for it: the password itself is never
 * saved.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Log in: create an API token with your password and save it for later commands.")
final class LoginCommand extends HubCommand {

    @Option(names = "--username", required = true, paramLabel = "USER", description = "Your user name.")
    String username;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "jingchu-cli",
            description = "Name of the token, to recognise it later (default: ${DEFAULT-VALUE}).")
    String tokenName;

    @Override
    void run() throws IOException {
        String password = password();
        JingchuClient anonymous = root.clientBuilder().build();
        IssuedToken issued = anonymous.createToken(username, password, tokenName, null);
        User me = anonymous.withToken(issued.token()).me();
        CredentialStore store = root.credentialStore();
        store.save(new Credentials(anonymous.baseUrl().toString(), issued.token(), issued.id(), me.username()));
        out().println(text("login.done", anonymous.baseUrl(), me.displayName(), me.username(),
                String.join(", ", me.roles())));
        out().println(text("login.saved", store.file()));
    }

    private String password() throws IOException {
        if (passwordFromStdin) {
            String line = new BufferedReader(new InputStreamReader(root.stdin(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw usage("login.noPasswordOnStdin");
            }
            return line;
        }
        Console console = System.console();
        if (console == null) {
            throw usage("login.noConsole");
        }
        char[] typed = console.readPassword(text("login.prompt"));
        if (typed == null || typed.length == 0) {
            throw usage("login.noPassword");
        }
        return new String(typed);
    }
}
