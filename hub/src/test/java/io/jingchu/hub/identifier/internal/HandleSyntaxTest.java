package io.jingchu.hub.identifier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.common.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandleSyntaxTest {

    @Test
    void prefixesAreDotSeparatedSegments() {
        assertThat(HandleSyntax.isPrefix("88.118.8")).isTrue();
        assertThat(HandleSyntax.isPrefix("20.500.12345")).isTrue();
        assertThat(HandleSyntax.isPrefix("88..118")).isFalse();
        assertThat(HandleSyntax.isPrefix("88.118.")).isFalse();
        assertThat(HandleSyntax.isPrefix("")).isFalse();
    }

    @Test
    void suffixesNameAResourceOrOneOfItsVersions() {
        assertThat(HandleSyntax.parse("420500-000123"))
                .contains(new HandleSyntax.Suffix("420500-000123", Optional.empty()));
        assertThat(HandleSyntax.parse("420500-000123/v12"))
                .contains(new HandleSyntax.Suffix("420500-000123", Optional.of(12)));
        assertThat(HandleSyntax.suffixOf("420500-000123", 3)).isEqualTo("420500-000123/v3");
        assertThat(HandleSyntax.parse("420500-000123/v0")).isEmpty();
        assertThat(HandleSyntax.parse("420500-000123/x/v1")).isEmpty();
        assertThat(HandleSyntax.parse("ab")).isEmpty();
    }

    @Test
    void somethingThatIsNotAHandleNamesTheFaultyPart() {
        assertThatThrownBy(() -> HandleSyntax.check("88..1", "abc"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("prefix"));
        assertThatThrownBy(() -> HandleSyntax.check("88.118.8", ""))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("suffix"));
        assertThatThrownBy(() -> HandleSyntax.check("88.118.8", "a\tb"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("suffix"));
        assertThatThrownBy(() -> HandleSyntax.check("88.118.8", "x".repeat(256)))
                .isInstanceOf(DomainException.class);
    }
}
