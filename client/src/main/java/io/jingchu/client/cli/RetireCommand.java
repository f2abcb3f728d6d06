package io.jingchu.client.cli;

import io.jingchu.client.Transition;
import picocli.CommandLine.Command;

/** {@code jingchu retire CODE}. */
@Command(name = "retire", mixinStandardHelpOptions = true, description = "Retire a resource (下线; data bureau only).")
final class RetireCommand extends TransitionCommand {

    @Override
    Transition transition() {
        return Transition.RETIRE;
    }
}
