package io.jingchu.client.cli;

import io.jingchu.client.Transition;
import picocli.CommandLine.Command;

/** {@code jingchu submit CODE}. */
@Command(name = "submit", mixinStandardHelpOptions = true, description = "Submit a resource for review (提交审核).")
final class SubmitCommand extends TransitionCommand {

    @Override
    Transition transition() {
        return Transition.SUBMIT;
    }
}
