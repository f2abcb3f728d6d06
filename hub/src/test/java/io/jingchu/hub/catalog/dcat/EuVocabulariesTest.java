package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EuVocabulariesTest {

    @Test
    void everyUpdateFrequencyHasItsOwnEuFrequency() {
        assertThat(Arrays.stream(UpdateFrequency.values()).map(EuVocabularies::frequency).distinct())
                .hasSize(UpdateFrequency.values().length)
                .allSatisfy(iri -> assertThat(iri)
                        .startsWith("http://publications.europa.eu/resource/authority/frequency/"));
        assertThat(EuVocabularies.frequency(UpdateFrequency.SEMIANNUAL)).endsWith("/ANNUAL_2");
        assertThat(EuVocabularies.frequency(UpdateFrequency.IRREGULAR)).endsWith("/IRREG");
    }

    @Test
    void openingAttributesAreAccessRights() {
        assertThat(EuVocabularies.accessRights(OpeningAttribute.UNCONDITIONAL)).endsWith("/access-right/PUBLIC");
        assertThat(EuVocabularies.accessRights(OpeningAttribute.CONDITIONAL)).endsWith("/access-right/RESTRICTED");
        assertThat(EuVocabularies.accessRights(OpeningAttribute.NONE)).endsWith("/access-right/NON_PUBLIC");
    }

    @Test
    void onlyObviousThemesMapToEuDataThemes() {
        assertThat(EuVocabularies.dataTheme(Theme.TRANSPORT)).hasValue(EuVocabularies.DataTheme.TRAN);
        assertThat(EuVocabularies.dataTheme(Theme.HEALTH)).hasValue(EuVocabularies.DataTheme.HEAL);
        assertThat(EuVocabularies.dataTheme(Theme.CREDIT)).isEmpty();
    }
}
