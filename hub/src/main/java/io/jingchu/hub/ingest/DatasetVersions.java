package io.jingchu.hub.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published versions of every resource's data. Lookups only, with no access check: callers decide who
 * may read (the {@code query} module asks {@code access} first). A version is visible here from the
 * moment its row commits, and its file is complete before that.
 */
public interface DatasetVersions {

    /** The newest version still kept, if any data was ever loaded. */
    Optional<DatasetVersion> latest(String resourceCode);

    Optional<DatasetVersion> find(String resourceCode, int number);

    /** Every version still kept, newest first. */
    List<DatasetVersion> list(String resourceCode);

    /**
     * The rows of each resource's newest kept version, by resource code, in one grouped read: for figures over
     * many resources (the portal's headline count of records) without a lookup per resource.
     */
    Map<String, Long> latestRowCounts();
}
