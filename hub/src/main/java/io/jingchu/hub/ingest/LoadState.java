package io.jingchu.hub.ingest;

/** Where a load job is. QUEUED and RUNNING are live; the other three are final. */
public enum LoadState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
