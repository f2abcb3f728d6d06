package io.jingchu.hub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

    @Test
    void namesAreKeptInLowerCaseSoCaseDoesNotMakeADifferentUser() {
        assertThat(Usernames.requireValid(" Zhang.San ")).isEqualTo("zhang.san");
        assertThat(Usernames.normalize("ZHANG.SAN")).isEqualTo("zhang.san");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "-abc", "张三", "has space", "semi;colon"})
    void oddShapesAreRefusedNamingTheField(String username) {
        assertThatThrownBy(() -> Usernames.requireValid(username))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_INVALID);
                    assertThat(e.field()).isEqualTo("username");
                });
    }

    @Test
    void aMissingNameIsRequired() {
        assertThatThrownBy(() -> Usernames.requireValid("  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED));
    }
}
