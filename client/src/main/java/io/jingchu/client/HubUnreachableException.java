package io.jingchu.client;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** The hub could not be reached, or the connection broke before it answered. */
public class HubUnreachableException extends RuntimeException {

    private final URI uri;

    public HubUnreachableException(URI uri, Throwable cause) {
        super("cannot reach " + uri + ": " + reason(cause), cause);
        this.uri = uri;
    }

    /** The address that was called. */
    public URI uri() {
        return uri;
    }

    /** Why, in a few words: the first message in the chain, else what the kind of failure says. */
    public String reason() {
        return reason(getCause());
    }

    private static String reason(Throwable cause) {
        // java.net.http leaves most of its connection failures without a message
        for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
            if (failure.getMessage() != null && !failure.getMessage().isBlank()) {
                return failure.getMessage();
            }
            if (failure instanceof UnresolvedAddressException) {
                return "unknown host";
            }
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return cause.getClass().getSimpleName();
    }
}
