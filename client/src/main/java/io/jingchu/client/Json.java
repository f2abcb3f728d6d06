package io.jingchu.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON conventions of the hub's API: camelCase members, ISO-8601 instants, nulls left out, members
 * this client does not know ignored (the hub may add some in a later release).
 */
public final class Json {

    /** Shared and immutable, like every Jackson 3 mapper. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** The name under which records that keep their source receive it ({@code @JacksonInject(Json.SOURCE)}). */
    static final String SOURCE = "json";

    private Json() {
    }

    /** Reads a record, handing it the node it came from if it asks for it. */
    static <T> T read(JsonNode node, Class<T> type) {
        return MAPPER.readerFor(type)
                .with(new InjectableValues.Std().addValue(SOURCE, node))
                .readValue(node);
    }

    /** Pretty-printed, for people. */
    public static String pretty(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
