package io.jingchu.hub.catalog;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Test fixture: a valid draft (a general-grade, unconditionally shared and open resource) that each test
 * bends into the case it needs, {@code aDraft().grade(CORE).opening(UNCONDITIONAL).build()}.
 */
public final class ResourceDrafts {

    private @Nullable String code;
    private String title = "宜昌市公交线路";
    private @Nullable String description = "全市公交线路及站点。";
    private @Nullable Long organizationId;
    private Theme theme = Theme.TRANSPORT;
    private List<String> keywords = new ArrayList<>(List.of("公交", "线路"));
    private List<FieldSpec> fields = new ArrayList<>(List.of(
            new FieldSpec("line_name", "线路名称", FieldType.STRING, null, false, false),
            new FieldSpec("length_km", "线路长度", FieldType.DECIMAL, "公里", true, false)));
    private UpdateFrequency updateFrequency = UpdateFrequency.MONTHLY;
    private String licence = "CC-BY-4.0";
    private Contact contact = new Contact("张三", "0717-6000000", "open@example.org");
    private SecurityGrade grade = SecurityGrade.GENERAL;
    private Sensitivity sensitivity = Sensitivity.L1;
    private SharingTerms sharing = new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null);
    private OpeningTerms opening = new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null);
    private boolean highQuality;

    private ResourceDrafts() {
    }

    public static ResourceDrafts aDraft() {
        return new ResourceDrafts();
    }

    public ResourceDrafts code(@Nullable String code) {
        this.code = code;
        return this;
    }

    public ResourceDrafts title(String title) {
        this.title = title;
        return this;
    }

    public ResourceDrafts description(@Nullable String description) {
        this.description = description;
        return this;
    }

    public ResourceDrafts organization(@Nullable Long organizationId) {
        this.organizationId = organizationId;
        return this;
    }

    public ResourceDrafts theme(Theme theme) {
        this.theme = theme;
        return this;
    }

    public ResourceDrafts keywords(String... keywords) {
        this.keywords = new ArrayList<>(List.of(keywords));
        return this;
    }

    public ResourceDrafts fields(FieldSpec... fields) {
        this.fields = new ArrayList<>(List.of(fields));
        return this;
    }

    public ResourceDrafts withField(FieldSpec field) {
        this.fields.add(field);
        return this;
    }

    /** Adds a field that holds personal information (a citizen's ID number). */
    public ResourceDrafts withPersonalField() {
        return withField(new FieldSpec("id_number", "身份证号", FieldType.STRING, null, false, true));
    }

    public ResourceDrafts licence(String licence) {
        this.licence = licence;
        return this;
    }

    public ResourceDrafts contact(Contact contact) {
        this.contact = contact;
        return this;
    }

    public ResourceDrafts grade(SecurityGrade grade) {
        this.grade = grade;
        return this;
    }

    public ResourceDrafts sensitivity(Sensitivity sensitivity) {
        this.sensitivity = sensitivity;
        return this;
    }

    public ResourceDrafts sharing(SharingAttribute attribute, @Nullable String conditions, @Nullable String basis) {
        this.sharing = new SharingTerms(attribute, conditions, basis);
        return this;
    }

    public ResourceDrafts sharing(SharingAttribute attribute) {
        return switch (attribute) {
            case UNCONDITIONAL -> sharing(attribute, null, null);
            case CONDITIONAL -> sharing(attribute, "仅限政务用途", null);
            case NONE -> sharing(attribute, null, "《中华人民共和国数据安全法》第二十一条");
        };
    }

    public ResourceDrafts opening(OpeningAttribute attribute, @Nullable String conditions, @Nullable String basis) {
        this.opening = new OpeningTerms(attribute, conditions, basis);
        return this;
    }

    /** The attribute with what it needs: conditions for conditional, a basis for refusal. */
    public ResourceDrafts opening(OpeningAttribute attribute) {
        return switch (attribute) {
            case UNCONDITIONAL -> opening(attribute, null, null);
            case CONDITIONAL -> opening(attribute, "签订数据使用协议", null);
            case NONE -> opening(attribute, null, "《中华人民共和国个人信息保护法》第十条");
        };
    }

    public ResourceDrafts highQuality(boolean highQuality) {
        this.highQuality = highQuality;
        return this;
    }

    public ResourceDraft build() {
        return new ResourceDraft(code, title, description, organizationId, theme, keywords, fields, updateFrequency,
                licence, contact, grade, sensitivity, sharing, opening, highQuality);
    }
}
