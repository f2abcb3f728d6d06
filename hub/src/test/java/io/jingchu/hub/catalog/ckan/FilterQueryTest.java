package io.jingchu.hub.catalog.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jingchu.hub.catalog.ckan.FilterQuery.Range;
import io.jingchu.hub.catalog.ckan.FilterQuery.Term;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterQueryTest {

    @Test
    void readsTheFieldValuePairsCkanClientsSend() {
        assertThat(FilterQuery.parse("organization:yc-scjgj groups:transport res_format:CSV tags:交通"))
                .containsExactly(
                        new Term("organization", List.of("yc-scjgj"), false),
                        new Term("groups", List.of("transport"), false),
                        new Term("res_format", List.of("CSV"), false),
                        new Term("tags", List.of("交通"), false));
    }

    @Test
    void readsQuotedValuesWithSpacesAndEscapes() {
        assertThat(FilterQuery.parse("tags:\"公共 交通\" license_id:\"CC \\\"BY\\\" 4.0\""))
                .containsExactly(
                        new Term("tags", List.of("公共 交通"), false),
                        new Term("license_id", List.of("CC \"BY\" 4.0"), false));
    }

    @Test
    void readsRequiredAndNegatedClausesAndAnd() {
        assertThat(FilterQuery.parse("+dataset_type:dataset AND -groups:health NOT tags:x !license_id:y"))
                .containsExactly(
                        new Term("dataset_type", List.of("dataset"), false),
                        new Term("groups", List.of("health"), true),
                        new Term("tags", List.of("x"), true),
                        new Term("license_id", List.of("y"), true));
    }

    @Test
    void readsParenthesisedAlternatives() {
        assertThat(FilterQuery.parse("groups:(transport OR \"health\" || economy)"))
                .containsExactly(new Term("groups", List.of("transport", "health", "economy"), false));
    }

    @Test
    void readsRangesWithOpenBounds() {
        assertThat(FilterQuery.parse("metadata_modified:[2024-01-01T00:00:00Z TO *]"))
                .containsExactly(new Range("metadata_modified", "2024-01-01T00:00:00Z", null, false));
    }

    @Test
    void escapedCharactersInBareValuesAreKept() {
        assertThat(FilterQuery.parse("organization:yc\\-scjgj name:a\\:b"))
                .containsExactly(new Term("organization", List.of("yc-scjgj"), false),
                        new Term("name", List.of("a:b"), false));
    }

    @Test
    void matchAllAndBlankAddNothing() {
        assertThat(FilterQuery.parse("*:*")).isEmpty();
        assertThat(FilterQuery.parse("  ")).isEmpty();
        assertThat(FilterQuery.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "organization", "organization:", ":value", "organization:\"unclosed", "groups:(a OR b",
        "groups:(a b)", "groups:()", "a:1 OR b:2", "a:1 || b:2", "metadata_modified:[2024 TO",
        "metadata_modified:{2024 TO *}", "metadata_modified:[2024 *]", "-", "NOT", "-*:*", "tags:x)",
        "field with space:x", "a:b c", "\u0000:\u0000", "(organization:a)", "organization:(a OR",
        "organization:(a OR ", "groups:(a ||"
    })
    void malformedQueriesAreValidationErrors(String fq) {
        assertThatThrownBy(() -> FilterQuery.parse(fq)).isInstanceOfSatisfying(CkanException.class, e -> {
            assertThat(e.kind()).isEqualTo(CkanException.Kind.VALIDATION);
            assertThat(e.field()).isEqualTo("fq");
        });
    }

    @Test
    void refusesOversizedQueries() {
        assertThatThrownBy(() -> FilterQuery.parse("tags:" + "x".repeat(FilterQuery.MAX_LENGTH)))
                .isInstanceOf(CkanException.class);
        assertThatThrownBy(() -> FilterQuery.parse("tags:x ".repeat(FilterQuery.MAX_CLAUSES + 1)))
                .isInstanceOf(CkanException.class);
    }

    @Test
    void randomInputNeverFailsWithAnythingButAValidationError() {
        Random random = new Random(42);
        String alphabet = "ab:\"()[]{}\\ +-!*TOANDOR交通\t\n|&";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder fq = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                fq.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Throwable thrown = catchThrowable(() -> FilterQuery.parse(fq.toString()));
            assertThat(thrown).as("fq=%s", fq).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(CkanException.class));
        }
    }
}
