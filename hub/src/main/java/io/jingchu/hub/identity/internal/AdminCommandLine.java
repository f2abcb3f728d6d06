package io.jingchu.hub.identity.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@code admin create --username NAME [--password-stdin] [--display-name TEXT]}. Options of
 * the form {@code --name=value} that are not the command's own are the hub's settings (a database URL, say)
 * and are left to Spring.
 *
 * @param username the new administrator's login name
 * @param displayName its display name, or null for the login name
 * @param passwordFromStdin read the password from standard input instead of asking on the console
 */
record AdminCommandLine(String username, @Nullable String displayName, boolean passwordFromStdin) {

    static final String USAGE = "usage: admin create --username NAME [--password-stdin] [--display-name TEXT]";

    /** A command line that cannot be run; the message says why, followed by the usage. */
    static final class UsageException extends IllegalArgumentException {
        UsageException(String problem) {
            super(problem + System.lineSeparator() + USAGE);
        }
    }

    static AdminCommandLine parse(List<String> args) {
        if (args.size() < 2 || !"admin".equals(args.get(0)) || !"create".equals(args.get(1))) {
            throw new UsageException("unknown command " + String.join(" ", args.subList(0, Math.min(2, args.size()))));
        }
        String username = null;
        String displayName = null;
        boolean stdin = false;
        for (int i = 2; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            switch (name) {
                case "--username", "--display-name" -> {
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                    if (name.equals("--username")) {
                        username = value;
                    } else {
                        displayName = value;
                    }
                }
                case "--password-stdin" -> stdin = true;
                default -> {
                    if (!arg.startsWith("--") || equals < 0) {
                        throw new UsageException("unexpected argument " + arg);
                    }
                }
            }
        }
        if (username == null || username.isBlank()) {
            throw new UsageException("--username is required");
        }
        return new AdminCommandLine(username, displayName, stdin);
    }
}
