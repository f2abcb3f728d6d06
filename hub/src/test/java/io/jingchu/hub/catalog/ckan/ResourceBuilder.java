package io.jingchu.hub.catalog.ckan;

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
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.region.DivisionLevel;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stored resources for the CKAN and DCAT view tests: by default an open, published, ordinary resource of 宜昌市交通运输局;
 * each {@code with…} changes one thing.
 */
public final class ResourceBuilder {

    private static final AtomicLong IDS = new AtomicLong(1000);

    public static final Organization YC_TRANSPORT =
            new Organization(1, "yc-jtysj", "宜昌市交通运输局", "420500000000", DivisionLevel.CITY);
    public static final Organization YC_MARKET =
            new Organization(2, "yc-scjgj", "宜昌市市场监督管理局", "420500000000", DivisionLevel.CITY);
    public static final Organization XL_HEALTH =
            new Organization(3, "xl-wjj", "西陵区卫生健康局", "420502000000", DivisionLevel.COUNTY);

    private long id = IDS.incrementAndGet();
    private String code = "420500-" + String.format("%06d", id);
    private String title = "宜昌市公交线路与站点";
    private String description = "全市公交线路、站点位置及首末班时间，每日更新。";
    private Organization organization = YC_TRANSPORT;
    private Theme theme = Theme.TRANSPORT;
    private List<String> keywords = List.of("交通", "公交");
    private UpdateFrequency frequency = UpdateFrequency.DAILY;
    private String licence = "CC-BY-4.0";
    private Contact contact = new Contact("张敏", "0717-6251234", "data@jtj.yichang.gov.cn");
    private SecurityGrade grade = SecurityGrade.GENERAL;
    private SharingTerms sharing = new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null);
    private OpeningTerms opening = new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null);
    private boolean highQuality;
    private LifecycleState state = LifecycleState.PUBLISHED;
    private Instant createdAt = Instant.parse("2024-03-01T02:00:00Z");
    private Instant updatedAt = Instant.parse("2024-05-01T08:00:00.123456789Z");
    private Instant publishedAt = Instant.parse("2024-04-01T09:30:00Z");

    private ResourceBuilder() {
    }

    public static ResourceBuilder aResource() {
        return new ResourceBuilder();
    }

    public ResourceBuilder withCode(String code) {
        this.code = code;
        return this;
    }

    public ResourceBuilder withTitle(String title) {
        this.title = title;
        return this;
    }

    public ResourceBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public ResourceBuilder ownedBy(Organization organization) {
        this.organization = organization;
        return this;
    }

    public ResourceBuilder withTheme(Theme theme) {
        this.theme = theme;
        return this;
    }

    public ResourceBuilder withKeywords(String... keywords) {
        this.keywords = List.of(keywords);
        return this;
    }

    public ResourceBuilder withFrequency(UpdateFrequency frequency) {
        this.frequency = frequency;
        return this;
    }

    public ResourceBuilder withLicence(String licence) {
        this.licence = licence;
        return this;
    }

    public ResourceBuilder withContact(Contact contact) {
        this.contact = contact;
        return this;
    }

    public ResourceBuilder withGrade(SecurityGrade grade) {
        this.grade = grade;
        return this;
    }

    public ResourceBuilder withSharing(SharingAttribute attribute, String conditions) {
        this.sharing = new SharingTerms(attribute, conditions, attribute == SharingAttribute.NONE ? conditions : null);
        return this;
    }

    public ResourceBuilder withOpening(OpeningAttribute attribute) {
        this.opening = switch (attribute) {
            case UNCONDITIONAL -> new OpeningTerms(attribute, null, null);
            case CONDITIONAL -> new OpeningTerms(attribute, "须签订数据使用协议", null);
            case NONE -> new OpeningTerms(attribute, null, "《中华人民共和国个人信息保护法》第十三条");
        };
        return this;
    }

    public ResourceBuilder highQuality() {
        this.highQuality = true;
        return this;
    }

    public ResourceBuilder withState(LifecycleState state) {
        this.state = state;
        return this;
    }

    public ResourceBuilder updatedAt(String instant) {
        this.updatedAt = Instant.parse(instant);
        return this;
    }

    public ResourceBuilder createdAt(String instant) {
        this.createdAt = Instant.parse(instant);
        return this;
    }

    public DataResource build() {
        return new DataResource(id, code, title, description, organization.id(), organization.name(),
                organization.divisionCode(), organization.level(), theme, keywords,
                List.of(new FieldSpec("line_no", "线路编号", FieldType.STRING, null, false, false),
                        new FieldSpec("length_km", "线路长度", FieldType.DECIMAL, "千米", true, false)),
                frequency, licence, contact, grade, Sensitivity.L1, sharing, opening, highQuality, state,
                state == LifecycleState.REJECTED ? "字段说明不完整" : null, 3, createdAt, updatedAt,
                state == LifecycleState.PUBLISHED || state == LifecycleState.RETIRED ? publishedAt : null);
    }
}
