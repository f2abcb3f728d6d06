package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException;
import io.jingchu.hub.common.ValidationException.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceRulesTest {

    @Test
    void aWellFormedGeneralResourceMayBeOpenedUnconditionally() {
        assertThatNoException().isThrownBy(() -> ResourceRules.check(aDraft().build()));
    }

    // the ledger's rules

    @ParameterizedTest
    @EnumSource(value = OpeningAttribute.class, names = {"UNCONDITIONAL", "CONDITIONAL"})
    void coreDataIsNeverOpened(OpeningAttribute opening) {
        assertRefused(aDraft().grade(SecurityGrade.CORE).opening(opening).sharing(SharingAttribute.CONDITIONAL),
                ErrorCode.CORE_DATA_NEVER_OPENED, "opening.attribute");
    }

    @Test
    void coreDataMayBeKeptClosedWithABasis() {
        assertThat(ResourceRules.ruleViolations(aDraft().grade(SecurityGrade.CORE)
                .opening(OpeningAttribute.NONE).build())).isEmpty();
    }

    @Test
    void importantDataIsNeverOpenedUnconditionally() {
        assertRefused(aDraft().grade(SecurityGrade.IMPORTANT).opening(OpeningAttribute.UNCONDITIONAL),
                ErrorCode.IMPORTANT_DATA_NOT_OPENED_UNCONDITIONALLY, "opening.attribute");
    }

    @Test
    void importantDataMayBeOpenedOnConditions() {
        assertThat(ResourceRules.ruleViolations(aDraft().grade(SecurityGrade.IMPORTANT)
                .opening(OpeningAttribute.CONDITIONAL).build())).isEmpty();
    }

    @Test
    void personalInformationIsNeverOpenedUnconditionally() {
        assertRefused(aDraft().withPersonalField().opening(OpeningAttribute.UNCONDITIONAL),
                ErrorCode.PERSONAL_DATA_NOT_OPENED_UNCONDITIONALLY, "opening.attribute");
    }

    @Test
    void personalInformationMayBeOpenedOnConditions() {
        assertThat(ResourceRules.ruleViolations(aDraft().withPersonalField()
                .opening(OpeningAttribute.CONDITIONAL).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusingToOpenNeedsABasis(String basis) {
        assertRefused(aDraft().opening(OpeningAttribute.NONE, null, basis.isEmpty() ? null : basis),
                ErrorCode.OPENING_REFUSAL_BASIS_REQUIRED, "opening.basis");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusingToShareNeedsABasis(String basis) {
        assertRefused(aDraft().sharing(SharingAttribute.NONE, null, basis.isEmpty() ? null : basis),
                ErrorCode.SHARING_REFUSAL_BASIS_REQUIRED, "sharing.basis");
    }

    @Test
    void conditionalSharingNeedsItsConditions() {
        assertRefused(aDraft().sharing(SharingAttribute.CONDITIONAL, " ", null),
                ErrorCode.CONDITIONS_REQUIRED, "sharing.conditions");
    }

    @Test
    void conditionalOpeningNeedsItsConditions() {
        assertRefused(aDraft().opening(OpeningAttribute.CONDITIONAL, null, null),
                ErrorCode.CONDITIONS_REQUIRED, "opening.conditions");
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
        List<Violation> violations = ResourceRules.ruleViolations(aDraft().grade(SecurityGrade.CORE)
                .opening(OpeningAttribute.UNCONDITIONAL).sharing(SharingAttribute.NONE, null, null).build());
        assertThat(violations).extracting(Violation::code)
                .containsExactly(ErrorCode.CORE_DATA_NEVER_OPENED, ErrorCode.SHARING_REFUSAL_BASIS_REQUIRED);
    }

    // the shape of a draft

    @Test
    void titleIsRequired() {
        assertRefused(aDraft().title("  "), ErrorCode.FIELD_REQUIRED, "title");
    }

    @Test
    void titleHasAMaximumLength() {
        assertRefused(aDraft().title("长".repeat(ResourceRules.TITLE_MAX + 1)), ErrorCode.FIELD_TOO_LONG, "title");
    }

    @Test
    void titleOfExactlyTheMaximumLengthIsAccepted() {
        assertThat(ResourceRules.shapeViolations(aDraft().title("长".repeat(ResourceRules.TITLE_MAX)).build()))
                .isEmpty();
    }

    @Test
    void descriptionHasAMaximumLength() {
        assertRefused(aDraft().description("x".repeat(ResourceRules.DESCRIPTION_MAX + 1)),
                ErrorCode.FIELD_TOO_LONG, "description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-abc", "a b c", "代码123", "abc/def"})
    void malformedCodesAreRefused(String code) {
        assertRefused(aDraft().code(code), ErrorCode.FIELD_INVALID, "code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "420500-000123", "YC.bus_lines-2024"})
    void wellFormedCodesAreAccepted(String code) {
        assertThat(ResourceRules.shapeViolations(aDraft().code(code).build())).isEmpty();
    }

    @Test
    void aCodeLongerThanSixtyFourCharactersIsRefused() {
        assertRefused(aDraft().code("a".repeat(65)), ErrorCode.FIELD_INVALID, "code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LineName", "1line", "line-name", "线路"})
    void fieldNamesFollowThePattern(String name) {
        assertRefused(aDraft().withField(new FieldSpec(name, "名称", FieldType.STRING, null, true, false)),
                ErrorCode.FIELD_INVALID, "fields[2].name");
    }

    @Test
    void fieldNamesAreUnique() {
        assertRefused(aDraft().withField(new FieldSpec("line_name", "又一个线路名称", FieldType.STRING, null, true, false)),
                ErrorCode.FIELD_INVALID, "fields[2].name");
    }

    @Test
    void fieldLabelsAreRequired() {
        assertRefused(aDraft().withField(new FieldSpec("stops", "", FieldType.INTEGER, null, true, false)),
                ErrorCode.FIELD_REQUIRED, "fields[2].label");
    }

    @Test
    void keywordsMayNotBeBlank() {
        assertRefused(aDraft().keywords("公交", " "), ErrorCode.FIELD_REQUIRED, "keywords[1]");
    }

    @Test
    void keywordsAreNotRepeated() {
        assertRefused(aDraft().keywords("公交", "线路", "公交"), ErrorCode.FIELD_INVALID, "keywords[2]");
    }

    @Test
    void keywordsHaveAMaximumLength() {
        assertRefused(aDraft().keywords("公".repeat(ResourceRules.KEYWORD_MAX + 1)), ErrorCode.FIELD_TOO_LONG,
                "keywords[0]");
    }

    @Test
    void tooManyKeywordsAreRefused() {
        String[] many = new String[ResourceRules.KEYWORDS_MAX + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = "词" + i;
        }
        assertRefused(aDraft().keywords(many), ErrorCode.FIELD_INVALID, "keywords");
    }

    @Test
    void licenceIsRequired() {
        assertRefused(aDraft().licence(""), ErrorCode.FIELD_REQUIRED, "licence");
    }

    @Test
    void contactNameIsRequired() {
        assertRefused(aDraft().contact(new Contact(" ", null, null)), ErrorCode.FIELD_REQUIRED, "contact.name");
    }

    @Test
    void contactEmailMustLookLikeOne() {
        assertRefused(aDraft().contact(new Contact("张三", null, "not-an-address")), ErrorCode.FIELD_INVALID,
                "contact.email");
    }

    @Test
    void missingMembersAreEachNamed() {
        ResourceDraft empty = new ResourceDraft(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, false);
        assertThat(ResourceRules.shapeViolations(empty)).extracting(Violation::field).containsExactly(
                "title", "theme", "updateFrequency", "licence", "contact.name", "grade", "sensitivity", "sharing",
                "opening");
    }

    @Test
    void everyMalformedFieldIsReportedAtOnce() {
        ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> ResourceRules.check(aDraft()
                .title("")
                .fields(new FieldSpec("ok_name", "好", FieldType.STRING, null, true, false),
                        new FieldSpec("Bad", "坏", FieldType.STRING, null, true, false),
                        new FieldSpec("no_label", "", FieldType.STRING, null, true, false))
                .licence("")
                .build()));
        assertThat(refusal.violations()).extracting(Violation::field)
                .containsExactly("title", "fields[1].name", "fields[2].label", "licence");
        assertThat(refusal.code()).isEqualTo(ErrorCode.FIELD_REQUIRED);
        assertThat(refusal.field()).isEqualTo("title");
    }

    @Test
    void rulesAreNotJudgedOnAMalformedDraft() {
        ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> ResourceRules.check(aDraft()
                .title("").grade(SecurityGrade.CORE).opening(OpeningAttribute.UNCONDITIONAL).build()));
        assertThat(refusal.violations()).extracting(Violation::code).containsExactly(ErrorCode.FIELD_REQUIRED);
    }

    private static void assertRefused(io.jingchu.hub.catalog.ResourceDrafts draft, ErrorCode code, String field) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> ResourceRules.check(draft.build()));
        assertThat(refusal).as("refusal").isNotNull();
        assertThat(refusal.violations()).containsExactly(Violation.of(code, field));
    }
}
