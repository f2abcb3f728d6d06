package io.jingchu.hub.ingest.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of data loading ({@code jingchu.ingest.*}).
 *
 * @param maxUploadSize the largest file accepted
 * @param uploadExpiry how long an unfinished upload is kept for resuming
 * @param serverPaths directories on the server that data may be loaded from by path; none by default
 * @param concurrentLoads loads run at once on this instance; more wait in line
 * @param keepVersions versions kept per resource, 0 keeps all; older ones are removed after each publish
 * @param memoryLimit memory the load engine may use before spilling to disk
 * @param threads threads the load engine uses, 0 for one per core
 * @param sqlSourceTimeout how long a relational pull may run
 * @param personalInformationSample values per field checked for personal information
 * @param heartbeatTimeout a running job whose instance stops reporting for this long is marked failed
 * @param orphanAge files left by an interrupted load are removed once this old
 * @param maxSpreadsheetExpansion bytes a spreadsheet may expand to when unzipped
 */
@ConfigurationProperties("jingchu.ingest")
public record IngestProperties(
        @DefaultValue("50GB") DataSize maxUploadSize,
        @DefaultValue("24h") Duration uploadExpiry,
        @DefaultValue List<Path> serverPaths,
        @DefaultValue("1") int concurrentLoads,
        @DefaultValue("10") int keepVersions,
        @DefaultValue("4GB") String memoryLimit,
        @DefaultValue("0") int threads,
        @DefaultValue("1h") Duration sqlSourceTimeout,
        @DefaultValue("10000") int personalInformationSample,
        @DefaultValue("30s") Duration heartbeatTimeout,
        @DefaultValue("10m") Duration orphanAge,
        @DefaultValue("2GB") DataSize maxSpreadsheetExpansion) {
}
