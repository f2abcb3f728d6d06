package io.jingchu.hub.catalog.search;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.region.DivisionLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Test fixtures: {@code aResource().titled("宜昌市公交站点").withGrade(IMPORTANT).build()}. */
final class Resources {

    private static final AtomicLong IDS = new AtomicLong(1000);
    static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private Resources() {
    }

    /** A published, openly shared resource of 宜昌市交通运输局 with a unique id and code. */
    static Builder aResource() {
        return new Builder(IDS.incrementAndGet());
    }

    /** A builder starting from an existing resource, for its next version. */
    static Builder from(DataResource resource) {
        Builder builder = new Builder(resource.id());
        builder.code = resource.code();
        builder.title = resource.title();
        builder.description = resource.description();
        builder.organizationId = resource.organizationId();
        builder.organizationName = resource.organizationName();
        builder.divisionCode = resource.divisionCode();
        builder.level = resource.level();
        builder.theme = resource.theme();
        builder.keywords = resource.keywords();
        builder.fields = new ArrayList<>(resource.fields());
        builder.grade = resource.grade();
        builder.sharing = resource.sharing();
        builder.opening = resource.opening();
        builder.highQuality = resource.highQuality();
        builder.state = resource.state();
        builder.version = resource.version();
        builder.updatedAt = resource.updatedAt();
        return builder;
    }

    static final class Builder {
        private long id;
        private String code;
        private String title;
        private @Nullable String description;
        private long organizationId = 1;
        private String organizationName = "宜昌市交通运输局";
        private String divisionCode = "420500000000";
        private DivisionLevel level = DivisionLevel.CITY;
        private Theme theme = Theme.TRANSPORT;
        private List<String> keywords = new ArrayList<>();
        private List<FieldSpec> fields = new ArrayList<>();
        private SecurityGrade grade = SecurityGrade.GENERAL;
        private SharingTerms sharing = new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null);
        private OpeningTerms opening = new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null);
        private boolean highQuality;
        private LifecycleState state = LifecycleState.PUBLISHED;
        private long version = 1;
        private Instant updatedAt = EPOCH;

        private Builder(long id) {
            this.id = id;
            this.code = "R" + id;
            this.title = "数据资源" + id;
        }

        Builder withId(long id) {
            this.id = id;
            return this;
        }

        Builder withCode(String code) {
            this.code = code;
            return this;
        }

        Builder titled(String title) {
            this.title = title;
            return this;
        }

        Builder describedAs(String description) {
            this.description = description;
            return this;
        }

        Builder ownedBy(long organizationId, String organizationName) {
            this.organizationId = organizationId;
            this.organizationName = organizationName;
            return this;
        }

        Builder in(String divisionCode) {
            this.divisionCode = divisionCode;
            this.level = DivisionLevel.ofCode(divisionCode);
            return this;
        }

        Builder withTheme(Theme theme) {
            this.theme = theme;
            return this;
        }

        Builder withKeywords(String... keywords) {
            this.keywords = List.of(keywords);
            return this;
        }

        Builder withField(String name, String label) {
            this.fields.add(new FieldSpec(name, label, FieldType.STRING, null, true, false));
            return this;
        }

        Builder withGrade(SecurityGrade grade) {
            this.grade = grade;
            return this;
        }

        Builder sharing(SharingAttribute attribute) {
            this.sharing = new SharingTerms(attribute, attribute == SharingAttribute.CONDITIONAL ? "经审批" : null,
                    attribute == SharingAttribute.NONE ? "法律法规规定" : null);
            return this;
        }

        Builder opening(OpeningAttribute attribute) {
            this.opening = new OpeningTerms(attribute, attribute == OpeningAttribute.CONDITIONAL ? "签署协议" : null,
                    attribute == OpeningAttribute.NONE ? "涉及个人隐私" : null);
            return this;
        }

        Builder highQuality() {
            this.highQuality = true;
            return this;
        }

        Builder inState(LifecycleState state) {
            this.state = state;
            return this;
        }

        Builder atVersion(long version) {
            this.version = version;
            return this;
        }

        Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        DataResource build() {
            return new DataResource(id, code, title, description, organizationId, organizationName, divisionCode,
                    level, theme, keywords, fields, UpdateFrequency.MONTHLY, "CC-BY-4.0",
                    new Contact("张三", "0717-1234567", "data@example.org"), grade, Sensitivity.L1, sharing, opening,
                    highQuality, state, state == LifecycleState.REJECTED ? "信息不全" : null, version, EPOCH, updatedAt,
                    state == LifecycleState.PUBLISHED ? EPOCH : null);
        }
    }
}
