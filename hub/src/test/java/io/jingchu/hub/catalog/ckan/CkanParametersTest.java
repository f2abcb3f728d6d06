package io.jingchu.hub.catalog.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

class CkanParametersTest {

    final JsonMapper json = JsonMapper.builder().build();

    static MultiValueMap<String, String> query(String... pairs) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return query;
    }

    @Test
    void jsonBodyMembersWinOverTheQueryString() {
        CkanParameters parameters = CkanParameters.of(query("q", "公交", "rows", "5"),
                "{\"rows\": 20, \"facet.field\": [\"organization\", \"tags\"], \"include_private\": true}", json);

        assertThat(parameters.string("q")).isEqualTo("公交");
        assertThat(parameters.natural("rows", 10)).isEqualTo(20);
        assertThat(parameters.list("facet.field")).containsExactly("organization", "tags");
        assertThat(parameters.bool("include_private")).isTrue();
    }

    @Test
    void listsMayComeAsJsonTextInTheQueryString() {
        CkanParameters parameters = CkanParameters.of(query("facet.field", "[\"groups\",\"res_format\"]"), null, json);

        assertThat(parameters.list("facet.field")).containsExactly("groups", "res_format");
    }

    @Test
    void unreadableBodiesAreBadRequests() {
        for (String body : new String[] {"{\"q\": ", "[1, 2]", "\"text\"", "<xml/>"}) {
            assertThatThrownBy(() -> CkanParameters.of(query(), body, json))
                    .isInstanceOfSatisfying(CkanException.class,
                            e -> assertThat(e.kind()).isEqualTo(CkanException.Kind.BAD_REQUEST));
        }
    }

    @Test
    void valuesOfTheWrongShapeAreValidationErrors() {
        CkanParameters parameters = CkanParameters.of(query("rows", "many", "start", "-3", "facet.field", "[1,"),
                "{\"q\": [\"a\"], \"include_private\": \"perhaps\"}", json);

        assertThatThrownBy(() -> parameters.natural("rows", 10)).isInstanceOf(CkanException.class);
        assertThatThrownBy(() -> parameters.natural("start", 0)).isInstanceOf(CkanException.class);
        assertThatThrownBy(() -> parameters.list("facet.field")).isInstanceOf(CkanException.class);
        assertThatThrownBy(() -> parameters.string("q")).isInstanceOf(CkanException.class);
        assertThatThrownBy(() -> parameters.bool("include_private")).isInstanceOf(CkanException.class);
    }

    @Test
    void absentValuesTakeTheirDefaults() {
        CkanParameters parameters = CkanParameters.of(query(), "  ", json);

        assertThat(parameters.natural("rows", 10)).isEqualTo(10);
        assertThat(parameters.list("facet.field")).isEmpty();
        assertThat(parameters.bool("all_fields")).isFalse();
        assertThat(parameters.string("q")).isNull();
    }
}
