package io.jingchu.hub.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageCountTest {

    @Test
    void nothingIsOnePageAndAPartPageCounts() {
        assertThat(PageCount.of(0, 20)).isEqualTo(1);
        assertThat(PageCount.of(1, 20)).isEqualTo(1);
        assertThat(PageCount.of(20, 20)).isEqualTo(1);
        assertThat(PageCount.of(21, 20)).isEqualTo(2);
        assertThat(PageCount.of(10_000_000_000L, 10)).isEqualTo(1_000_000_000L);
    }
}
