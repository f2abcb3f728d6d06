package io.jingchu.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@code text/event-stream} (the server-sent events wire format of the HTML standard) one event at a
 * time. Lines end in LF, CRLF or CR; a line starting with a colon is a comment (servers send them to keep
 * the connection open); {@code data} lines of one event are joined with line feeds; an empty line ends an
 * event; an event without data is not dispatched, and an event cut off by the end of the stream is dropped.
 * Bytes may arrive in any pieces: a line, or a character, split across reads is put back together.
 */
final class ServerSentEventReader implements AutoCloseable {

    /** The event type when none is named. */
    static final String DEFAULT_EVENT = "message";

    private final BufferedReader lines;
    private final Runnable onLine;
    private boolean first = true;
    private String lastEventId = "";

    /**
     * @param onLine called after every line read, comments included: a sign that the connection is alive
     */
    ServerSentEventReader(InputStream stream, Runnable onLine) {
        this.lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        this.onLine = Objects.requireNonNull(onLine, "onLine");
    }

    ServerSentEventReader(InputStream stream) {
        this(stream, () -> {
        });
    }

    /** The next event, or empty when the stream ended. */
    Optional<Event> next() throws IOException {
        String type = null;
        StringBuilder data = null;
        String line;
        while ((line = lines.readLine()) != null) {
            onLine.run();
            if (first) {
                first = false;
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
            }
            if (line.isEmpty()) {
                if (data != null) {
                    data.setLength(data.length() - 1);
                    return Optional.of(new Event(type == null || type.isEmpty() ? DEFAULT_EVENT : type,
                            data.toString(), lastEventId));
                }
                type = null;
                continue;
            }
            if (line.charAt(0) == ':') {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> type = value;
                case "data" -> data = (data == null ? new StringBuilder() : data).append(value).append('\n');
                case "id" -> {
                    if (value.indexOf('\0') < 0) {
                        lastEventId = value;
                    }
                }
                default -> {
                    // "retry" and unknown fields: this reader does not reconnect by itself
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /**
     * One event.
     *
     * @param name its type ({@code event:}), {@value #DEFAULT_EVENT} when not named
     * @param data its data lines joined with line feeds
     * @param id the last event id seen on the stream, empty when none
     */
    record Event(String name, String data, String id) {
    }
}
