package io.jingchu.hub.catalog.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jingchu.hub.catalog.DataResource;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a resource inside its document (compact JSON), so that hits come back whole without
 * asking the database. Only the hits of the requested page are ever decoded.
 */
final class ResourceCodec {

    private final ObjectWriter writer;
    private final ObjectReader reader;

    ResourceCodec() {
        JsonMapper mapper = JsonMapper.builder()
                // derived accessors such as isOpen() are written too; reading ignores them
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        this.writer = mapper.writerFor(DataResource.class);
        this.reader = mapper.readerFor(DataResource.class);
    }

    byte[] encode(DataResource resource) {
        return writer.writeValueAsBytes(resource);
    }

    DataResource decode(BytesRef bytes) {
        return reader.readValue(bytes.bytes, bytes.offset, bytes.length);
    }
}
