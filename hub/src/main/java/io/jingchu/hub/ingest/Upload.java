package io.jingchu.hub.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A file being uploaded in chunks.
 *
 * @param received bytes the hub holds safely; a client resumes from here
 */
public record Upload(String id, String filename, long size, long received, Instant expiresAt) {

    @JsonProperty("complete")
    public boolean complete() {
        return received == size;
    }
}
