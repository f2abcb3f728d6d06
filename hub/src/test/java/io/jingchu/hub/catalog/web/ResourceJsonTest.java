package io.jingchu.hub.catalog.web;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.StoredResources.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException;
import io.jingchu.hub.common.ValidationException.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes of API-CONTRACT.md: what a client sends and what it reads back. */
class ResourceJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aResourceIsShownFlatWithItsRenderedDescription() {
        ResourceView view = new ResourceView(stored(aDraft().description("**粗**").build(), 7,
                LifecycleState.PUBLISHED), "<p><strong>粗</strong></p>");
        JsonNode node = json.readTree(json.writeValueAsString(view));

        assertThat(node.get("code").asString()).isEqualTo("420500-000001");
        assertThat(node.get("description").asString()).isEqualTo("**粗**");
        assertThat(node.get("descriptionHtml").asString()).isEqualTo("<p><strong>粗</strong></p>");
        assertThat(node.get("sharing").get("attribute").asString()).isEqualTo("UNCONDITIONAL");
        assertThat(node.get("fields").get(1).get("unit").asString()).isEqualTo("公里");
        assertThat(node.get("level").asString()).isEqualTo("CITY");
        assertThat(node.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(node.has("resource")).isFalse();
    }

    @Test
    void aDraftIsReadFromTheContractsJson() {
        ResourceBody body = json.readValue("""
                {"title": "宜昌市空气质量", "theme": "ENVIRONMENT", "keywords": ["空气"],
                 "fields": [{"name": "pm25", "label": "PM2.5", "type": "DECIMAL", "unit": "μg/m³",
                             "nullable": true, "personal": false}],
                 "updateFrequency": "DAILY", "licence": "CC-BY-4.0", "contact": {"name": "王五"},
                 "grade": "GENERAL", "sensitivity": "L1",
                 "sharing": {"attribute": "CONDITIONAL", "conditions": "政务用途"},
                 "opening": {"attribute": "NONE", "basis": "依法不予开放"},
                 "highQuality": true, "version": 3}""", ResourceBody.class);
        ResourceDraft draft = body.toDraft();

        assertThat(body.version()).isEqualTo(3);
        assertThat(draft.fields()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.DECIMAL);
            assertThat(f.nullable()).isTrue();
        });
        assertThat(draft.sharing().attribute()).isEqualTo(SharingAttribute.CONDITIONAL);
        assertThat(draft.opening().attribute()).isEqualTo(OpeningAttribute.NONE);
        assertThat(draft.highQuality()).isTrue();
        assertThat(draft.code()).isNull();
    }

    @Test
    void anUnknownEnumValueFailsAsAnInvalidFormatOfThatEnum() {
        InvalidFormatException e = catchThrowableOfType(InvalidFormatException.class,
                () -> json.readValue("{\"theme\": \"SPORTS\"}", ResourceBody.class));
        assertThat(e.getTargetType().isEnum()).isTrue();
        assertThat(e.getPath()).singleElement().satisfies(ref -> assertThat(ref.getPropertyName()).isEqualTo("theme"));
    }

    @Test
    void nullListElementsAreNamedInsteadOfFailing() {
        ResourceBody body = json.readValue("{\"keywords\": [\"a\", null], \"fields\": [null]}", ResourceBody.class);
        ValidationException e = catchThrowableOfType(ValidationException.class, body::toDraft);
        assertThat(e.violations()).containsExactly(Violation.of(ErrorCode.FIELD_REQUIRED, "keywords[1]"),
                Violation.of(ErrorCode.FIELD_REQUIRED, "fields[0]"));
    }
}
