package io.jingchu.hub.query;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DatasetVersion;
import java.util.List;
import java.util.Map;

/**
 * Reading pages of a resource's rows as the row API does, for other modules' faces (the portal): the same
 * parameters, the same access decision before the read and the same record of it afterwards.
 */
public interface QueryApi {

    /**
     * One page of rows (or groups) of a resource's newest version, or of {@code version}; the parameters are those
     * of {@code GET /api/v1/resources/{code}/rows} (docs/query.md). The read is recorded without an API token: the
     * pages that call this are reached by web session or anonymously, never with a token.
     */
    RowsAnswer rows(Caller caller, String clientAddress, String code, Map<String, List<String>> params);

    /**
     * The same for a resource and one of its versions the caller's page has read already (a {@code version}
     * parameter is refused): the same access decision and record, without looking either up again.
     */
    RowsAnswer rows(Caller caller, String clientAddress, DataResource resource, DatasetVersion version,
            Map<String, List<String>> params);

    /**
     * The file extensions a version with these fields can be exported in, as {@code export.{extension}} takes
     * them: every format, GeoJSON only when the fields hold coordinates.
     */
    List<String> exportExtensions(List<FieldSpec> fields);
}
