package io.jingchu.hub.ingest;

import io.jingchu.hub.identity.Caller;
import java.io.InputStream;
import java.util.List;

/**
 * Loading data into resources: uploads, load jobs, versions. Only the resource's own publisher and the data
 * bureau load data; they and auditors see jobs and reports.
 */
public interface IngestApi {

    Upload createUpload(Caller caller, String filename, long size);

    /**
     * Appends one chunk at {@code offset}, which must equal what the hub has received; returns the upload
     * once the chunk is safely on disk.
     */
    Upload appendChunk(Caller caller, String uploadId, long offset, InputStream chunk);

    Upload upload(Caller caller, String uploadId);

    /** Checks the request and queues the job; the job runs in the background. */
    LoadJob startLoad(Caller caller, String resourceCode, LoadRequest request);

    LoadJob job(Caller caller, long jobId);

    List<LoadJob> jobs(Caller caller, String resourceCode);

    LoadJob cancel(Caller caller, long jobId);

    /** Versions of a resource the caller may manage, newest first. */
    List<DatasetVersion> versions(Caller caller, String resourceCode);

    ValidationReport report(Caller caller, String resourceCode, int version);
}
