package io.jingchu.client;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * 数据版本: one immutable, published version of a resource's data.
 *
 * @param number 1, 2, 3… per resource, in publishing order
 * @param rowCount rows in the version
 * @param byteSize size of its file in bytes
 * @param contentHash {@code sha256:} and the hex SHA-256 of the file
 * @param fields the field schema the data was loaded against
 * @param qualityScore 0–100, from the validation report
 * @param jobId the load job that produced it
 * @param report the validation report (only when one version is asked for), or null
 * @param json the whole document as received
 */
public record DatasetVersion(
        String resourceCode,
        @JsonAlias("version") int number,
        @JsonAlias("rows") long rowCount,
        @JsonAlias("bytes") long byteSize,
        String contentHash,
        List<FieldSpec> fields,
        Double qualityScore,
        String jobId,
        Instant publishedAt,
        JsonNode report,
        @JacksonInject(value = Json.SOURCE, useInput = OptBoolean.FALSE) JsonNode json) {

    public DatasetVersion {
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (report != null && (report.isNull() || report.isMissingNode())) {
            report = null;
        }
    }
}
