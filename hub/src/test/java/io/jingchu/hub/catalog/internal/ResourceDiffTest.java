package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.StoredResources.stored;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceChange.FieldChange;
import io.jingchu.hub.catalog.SecurityGrade;
import org.junit.jupiter.api.Test;

class ResourceDiffTest {

    private final DataResource before = stored(aDraft().build(), 7, LifecycleState.DRAFT);

    @Test
    void anUnchangedResourceHasNoChanges() {
        assertThat(ResourceDiff.between(before, before)).isEmpty();
    }

    @Test
    void aChangedAttributeShowsItsOldAndNewValue() {
        DataResource after = stored(aDraft().title("宜昌市公交线路（2025）").build(), 7, LifecycleState.DRAFT);
        assertThat(ResourceDiff.between(before, after))
                .containsExactly(new FieldChange("title", "宜昌市公交线路", "宜昌市公交线路（2025）"));
    }

    @Test
    void enumsAreRecordedByTheirConstantName() {
        DataResource after = stored(aDraft().grade(SecurityGrade.IMPORTANT).opening(OpeningAttribute.CONDITIONAL)
                .build(), 7, LifecycleState.DRAFT);
        assertThat(ResourceDiff.between(before, after)).containsExactly(
                new FieldChange("grade", "GENERAL", "IMPORTANT"),
                new FieldChange("opening.attribute", "UNCONDITIONAL", "CONDITIONAL"),
                new FieldChange("opening.conditions", null, "签订数据使用协议"));
    }

    @Test
    void aStateChangeIsRecorded() {
        DataResource after = stored(aDraft().build(), 7, LifecycleState.SUBMITTED);
        assertThat(ResourceDiff.between(before, after)).containsExactly(new FieldChange("state", "DRAFT", "SUBMITTED"));
    }

    @Test
    void schemaFieldsAreComparedByName() {
        DataResource after = stored(aDraft()
                .fields(new FieldSpec("line_name", "线路名称", FieldType.STRING, null, true, false),
                        new FieldSpec("stops", "站点数", FieldType.INTEGER, "个", true, false))
                .build(), 7, LifecycleState.DRAFT);
        assertThat(ResourceDiff.between(before, after)).containsExactly(
                new FieldChange("fields.line_name", "线路名称 STRING", "线路名称 STRING nullable"),
                new FieldChange("fields.length_km", "线路长度 DECIMAL [公里] nullable", null),
                new FieldChange("fields.stops", null, "站点数 INTEGER [个] nullable"));
    }

    @Test
    void reorderingTheSchemaIsRecorded() {
        DataResource after = stored(aDraft().fields(before.fields().get(1), before.fields().get(0)).build(), 7,
                LifecycleState.DRAFT);
        assertThat(ResourceDiff.between(before, after))
                .containsExactly(new FieldChange("fields", "line_name, length_km", "length_km, line_name"));
    }

    @Test
    void aNewResourceListsEverythingItWasGiven() {
        assertThat(ResourceDiff.between(null, before))
                .contains(new FieldChange("title", null, "宜昌市公交线路"),
                        new FieldChange("keywords", null, "公交, 线路"),
                        new FieldChange("state", null, "DRAFT"),
                        new FieldChange("fields.line_name", null, "线路名称 STRING"))
                .allSatisfy(change -> assertThat(change.before()).isNull())
                .noneMatch(change -> change.attribute().equals("rejectionReason"));
    }
}
