package io.jingchu.client.cli;

import io.jingchu.client.Transition;
import picocli.CommandLine.Command;

/** {@code jingchu publish CODE}. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = "Publish a submitted resource (发布; data bureau only).")
final class PublishCommand extends TransitionCommand {

    @Override
    Transition transition() {
        return Transition.PUBLISH;
    }
}
