package io.jingchu.client.cli;

import io.jingchu.client.JingchuClient;
import io.jingchu.client.Resource;
import io.jingchu.client.Transition;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A lifecycle step on one resource. The current version is fetched first and named in the request, so the
 * step applies to what was just read and a concurrent change is refused rather than overwritten.
 */
abstract class TransitionCommand extends HubCommand {

    @Parameters(paramLabel = "CODE", description = "The resource's code.")
    String code;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; required to reject.")
    String reason;

    abstract Transition transition();

    @Override
    void run() {
        JingchuClient client = client();
        Resource current = client.resource(code);
        Resource moved = client.transition(current.code(), transition(), current.version(), reason);
        out().println(text("transition.done", moved.code(), label("state", moved.state()), moved.version()));
    }
}
