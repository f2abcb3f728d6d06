package io.jingchu.hub.catalog.search;

import static io.jingchu.hub.catalog.search.Resources.aResource;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ResourceDocumentsTest {

    @Test
    void aVillageIsFoundUnderEachOfItsAncestors() {
        assertThat(ResourceDocuments.divisionAndAncestors("420502001001")).containsExactly(
                "420000000000", "420500000000", "420502000000", "420502001000", "420502001001");
    }

    @Test
    void aCityIsFoundUnderItselfAndItsProvince() {
        assertThat(ResourceDocuments.divisionAndAncestors("420500000000")).containsExactly(
                "420000000000", "420500000000");
    }

    @Test
    void anInvalidDivisionCodeIsOnlyItself() {
        assertThat(ResourceDocuments.divisionAndAncestors("4205")).containsExactly("4205");
    }

    @Test
    void storedResourcesComeBackEqual() {
        ResourceCodec codec = new ResourceCodec();
        DataResource full = aResource().titled("宜昌市公交站点").describedAs("说明").withKeywords("公交", "站点")
                .withField("stop_id", "站点编号").highQuality().build();
        DataResource sparse = aResource().inState(LifecycleState.REJECTED).build();

        assertThat(codec.decode(new BytesRef(codec.encode(full)))).isEqualTo(full);
        assertThat(codec.decode(new BytesRef(codec.encode(sparse)))).isEqualTo(sparse);
    }
}
