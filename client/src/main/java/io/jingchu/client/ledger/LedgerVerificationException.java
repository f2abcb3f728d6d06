package io.jingchu.client.ledger;

import java.util.Objects;

/** A refusal of the verifier: its {@link VerificationFailure} and a message saying exactly what did not hold. */
public class LedgerVerificationException extends RuntimeException {

    private final VerificationFailure failure;

    public LedgerVerificationException(VerificationFailure failure, String message) {
        super(failure + ": " + message);
        this.failure = Objects.requireNonNull(failure);
    }

    public VerificationFailure failure() {
        return failure;
    }
}
