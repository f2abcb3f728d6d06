package io.jingchu.client.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void membersAreSortedAndNothingIsSpaced() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "RESOURCE_PUBLISHED");
        value.put("payload", Map.of("rows", 12L, "title", "宜昌市 公交\"站点\"", "keys", List.of(true, false)));
        value.put("actor", null);
        assertThat(CanonicalJson.text(value)).isEqualTo("{\"actor\":null,\"payload\":{\"keys\":[true,false],"
                + "\"rows\":12,\"title\":\"宜昌市 公交\\\"站点\\\"\"},\"type\":\"RESOURCE_PUBLISHED\"}");
    }

    @Test
    void controlCharactersAreEscapedAsJcsDoes() {
        assertThat(CanonicalJson.text("a\nb\u0001\t\\")).isEqualTo("\"a\\nb\\u0001\\t\\\\\"");
        assertThat(CanonicalJson.bytes("荆楚")).isEqualTo("\"荆楚\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sortingIsByUtf16CodeUnits() {
        Map<String, Object> value = Map.of("b", 1, "a", 2, "\u00e9", 3, "B", 4);
        assertThat(CanonicalJson.text(value)).isEqualTo("{\"B\":4,\"a\":2,\"b\":1,\"\u00e9\":3}");
    }

    @Test
    void fractionsAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.text(Map.of("score", 0.5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
        assertThat(CanonicalJson.text(Arrays.asList(1, null))).isEqualTo("[1,null]");
    }
}
