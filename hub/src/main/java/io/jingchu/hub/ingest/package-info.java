/**
 * 数据加载: loading data into a resource. Uploads (chunked, resumable), server paths and relational
 * sources are read, mapped onto the resource's field schema, validated (types, keys, personal
 * information) and published as an immutable Parquet {@link io.jingchu.hub.ingest.DatasetVersion},
 * atomically. Loads run as jobs with progress. Exposes {@link io.jingchu.hub.ingest.DatasetVersions};
 * owns the {@code upload}, {@code load_job} and {@code dataset_version} tables and the {@code datasets}
 * directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest",
        allowedDependencies = {"catalog", "identity"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.ingest;
