package io.jingchu.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSentEventReaderTest {

    @Test
    void readsNamedEventsInOrderUntilTheStreamEnds() throws IOException {
        List<ServerSentEventReader.Event> events = readAll("""
                event: progress
                data: {"rows": 1}

                event: done
                data: {"rows": 2}

                """, 4096);

        assertThat(events).extracting(ServerSentEventReader.Event::name).containsExactly("progress", "done");
        assertThat(events).extracting(ServerSentEventReader.Event::data)
                .containsExactly("{\"rows\": 1}", "{\"rows\": 2}");
    }

    @Test
    void joinsTheDataLinesOfOneEventWithLineFeeds() throws IOException {
        List<ServerSentEventReader.Event> events = readAll("""
                event: progress
                data: {"id": "42",
                data:  "rows": 7}

                """, 4096);

        assertThat(events).singleElement().extracting(ServerSentEventReader.Event::data)
                .isEqualTo("{\"id\": \"42\",\n \"rows\": 7}");
    }

    @Test
    void skipsCommentsSentToKeepTheConnectionOpen() throws IOException {
        List<ServerSentEventReader.Event> events = readAll("""
                : heartbeat
                :

                event: progress
                : still here
                data: one

                """, 4096);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo("progress");
            assertThat(event.data()).isEqualTo("one");
        });
    }

    @Test
    void putsBackLinesAndCharactersSplitAcrossReads() throws IOException {
        String stream = "event: progress\r\ndata: {\"phase\": \"读取中\"}\r\n\r\nevent: done\rdata:{\"phase\": \"完成\"}\r\r";

        for (int piece = 1; piece <= 5; piece++) {
            List<ServerSentEventReader.Event> events = readAll(stream, piece);

            assertThat(events).as("read %d byte(s) at a time", piece)
                    .extracting(ServerSentEventReader.Event::data)
                    .containsExactly("{\"phase\": \"读取中\"}", "{\"phase\": \"完成\"}");
        }
    }

    @Test
    void anEventWithoutANameIsAMessageAndOneWithoutDataIsNotDispatched() throws IOException {
        List<ServerSentEventReader.Event> events = readAll("""
                event: progress

                data: plain
                id: 7

                """, 4096);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo("message");
            assertThat(event.data()).isEqualTo("plain");
            assertThat(event.id()).isEqualTo("7");
        });
    }

    @Test
    void anEventCutOffByTheEndOfTheStreamIsDropped() throws IOException {
        List<ServerSentEventReader.Event> events = readAll("event: progress\ndata: 1\n\nevent: done\ndata: 2\n", 4096);

        assertThat(events).extracting(ServerSentEventReader.Event::name).containsExactly("progress");
    }

    @Test
    void everyLineCountsAsASignOfLife() throws IOException {
        List<String> seen = new ArrayList<>();
        ServerSentEventReader reader = new ServerSentEventReader(
                new ByteArrayInputStream(": ping\n: ping\n".getBytes(StandardCharsets.UTF_8)), () -> seen.add("line"));

        assertThat(reader.next()).isEmpty();
        assertThat(seen).hasSize(2);
    }

    private static List<ServerSentEventReader.Event> readAll(String stream, int bytesPerRead) throws IOException {
        List<ServerSentEventReader.Event> events = new ArrayList<>();
        try (ServerSentEventReader reader = new ServerSentEventReader(
                new Trickle(stream.getBytes(StandardCharsets.UTF_8), bytesPerRead))) {
            for (Optional<ServerSentEventReader.Event> event = reader.next(); event.isPresent();
                    event = reader.next()) {
                events.add(event.get());
            }
        }
        return events;
    }

    /** Hands out at most a few bytes per read, as a slow network does. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int perRead;
        private int position;

        Trickle(byte[] bytes, int perRead) {
            this.bytes = bytes;
            this.perRead = perRead;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, perRead), bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
