package io.jingchu.client.cli;

import io.jingchu.client.Transition;
import picocli.CommandLine.Command;

/** {@code jingchu reject CODE}. */
@Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a submitted resource with --reason (驳回; data bureau only).")
final class RejectCommand extends TransitionCommand {

    @Override
    Transition transition() {
        return Transition.REJECT;
    }
}
