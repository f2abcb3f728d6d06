package io.jingchu.client.cli;

/**
 * A command that ran but did not achieve what it was asked (a load that failed or was cancelled, a file
 * that could not be read): its message goes to standard error and its exit code is the command's.
 */
final class CommandFailedException extends RuntimeException {

    private final int exitCode;

    CommandFailedException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
