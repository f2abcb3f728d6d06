package io.jingchu.hub.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A data access was recorded for the audit trail: published in the transaction that stores the record, so a
 * listener (the audit ledger) sees exactly the accesses recorded.
 */
public record DataAccessRecorded(DataAccess access, Instant at) {

    public DataAccessRecorded {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(at, "at");
    }
}
