package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException;
import io.jingchu.hub.common.ValidationException.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's rules, checked on every write. First the shape of the draft (required members, lengths,
 * patterns), every offending field at once; then, on a well-formed draft, the rules on grade, sharing and
 * opening after GB/T 43697-2024 and the public-data opening rules, each with its own code.
 */
final class ResourceRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 20_000;
    static final int KEYWORDS_MAX = 20;
    static final int KEYWORD_MAX = 50;
    static final int FIELDS_MAX = 500;
    static final int FIELD_NAME_MAX = 63;
    static final int LABEL_MAX = 100;
    static final int UNIT_MAX = 30;
    static final int LICENCE_MAX = 100;
    static final int CONTACT_NAME_MAX = 100;
    static final int TERMS_MAX = 2000;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ResourceRules() {
    }

    /** Refuses a draft that is malformed or breaks a rule; a draft that passes may be stored. */
    static void check(ResourceDraft draft) {
        List<Violation> shape = shapeViolations(draft);
        if (!shape.isEmpty()) {
            throw new ValidationException(shape);
        }
        List<Violation> rules = ruleViolations(draft);
        if (!rules.isEmpty()) {
            throw new ValidationException(rules);
        }
    }

    /** Missing, too long or malformed members, in the order of the draft. */
    static List<Violation> shapeViolations(ResourceDraft draft) {
        List<Violation> out = new ArrayList<>();
        if (draft.code() != null && !CODE.matcher(draft.code()).matches()) {
            out.add(Violation.of(ErrorCode.FIELD_INVALID, "code"));
        }
        text(out, "title", draft.title(), TITLE_MAX, true);
        text(out, "description", draft.description(), DESCRIPTION_MAX, false);
        required(out, "theme", draft.theme());
        keywords(out, draft.keywords());
        fields(out, draft.fields());
        required(out, "updateFrequency", draft.updateFrequency());
        text(out, "licence", draft.licence(), LICENCE_MAX, true);
        contact(out, draft.contact());
        required(out, "grade", draft.grade());
        required(out, "sensitivity", draft.sensitivity());
        if (required(out, "sharing", draft.sharing())) {
            terms(out, "sharing", draft.sharing().conditions(), draft.sharing().basis());
        }
        if (required(out, "opening", draft.opening())) {
            terms(out, "opening", draft.opening().conditions(), draft.opening().basis());
        }
        return out;
    }

    /** The rules on grade, personal information, sharing and opening, for a well-formed draft. */
    static List<Violation> ruleViolations(ResourceDraft draft) {
        List<Violation> out = new ArrayList<>();
        OpeningTerms opening = draft.opening();
        SharingTerms sharing = draft.sharing();
        if (draft.grade() == SecurityGrade.CORE && opening.attribute() != OpeningAttribute.NONE) {
            out.add(Violation.of(ErrorCode.CORE_DATA_NEVER_OPENED, "opening.attribute"));
        } else if (draft.grade() == SecurityGrade.IMPORTANT && opening.attribute() == OpeningAttribute.UNCONDITIONAL) {
            out.add(Violation.of(ErrorCode.IMPORTANT_DATA_NOT_OPENED_UNCONDITIONALLY, "opening.attribute"));
        } else if (draft.holdsPersonalInformation() && opening.attribute() == OpeningAttribute.UNCONDITIONAL) {
            out.add(Violation.of(ErrorCode.PERSONAL_DATA_NOT_OPENED_UNCONDITIONALLY, "opening.attribute"));
        }
        if (sharing.attribute() == SharingAttribute.CONDITIONAL && isBlank(sharing.conditions())) {
            out.add(Violation.of(ErrorCode.CONDITIONS_REQUIRED, "sharing.conditions"));
        }
        if (sharing.attribute() == SharingAttribute.NONE && isBlank(sharing.basis())) {
            out.add(Violation.of(ErrorCode.SHARING_REFUSAL_BASIS_REQUIRED, "sharing.basis"));
        }
        if (opening.attribute() == OpeningAttribute.CONDITIONAL && isBlank(opening.conditions())) {
            out.add(Violation.of(ErrorCode.CONDITIONS_REQUIRED, "opening.conditions"));
        }
        if (opening.attribute() == OpeningAttribute.NONE && isBlank(opening.basis())) {
            out.add(Violation.of(ErrorCode.OPENING_REFUSAL_BASIS_REQUIRED, "opening.basis"));
        }
        return out;
    }

    private static void keywords(List<Violation> out, List<String> keywords) {
        if (keywords.size() > KEYWORDS_MAX) {
            out.add(Violation.of(ErrorCode.FIELD_INVALID, "keywords"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keywords.size(); i++) {
            String path = "keywords[" + i + "]";
            if (text(out, path, keywords.get(i), KEYWORD_MAX, true) && !seen.add(keywords.get(i).strip())) {
                out.add(Violation.of(ErrorCode.FIELD_INVALID, path));
            }
        }
    }

    private static void fields(List<Violation> out, List<FieldSpec> fields) {
        if (fields.size() > FIELDS_MAX) {
            out.add(Violation.of(ErrorCode.FIELD_INVALID, "fields"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String path = "fields[" + i + "]";
            FieldSpec field = fields.get(i);
            if (field == null) {
                out.add(Violation.of(ErrorCode.FIELD_REQUIRED, path));
                continue;
            }
            if (field.name().isEmpty()) {
                out.add(Violation.of(ErrorCode.FIELD_REQUIRED, path + ".name"));
            } else if (field.name().length() > FIELD_NAME_MAX) {
                out.add(Violation.of(ErrorCode.FIELD_TOO_LONG, path + ".name"));
            } else if (!FIELD_NAME.matcher(field.name()).matches() || !names.add(field.name())) {
                out.add(Violation.of(ErrorCode.FIELD_INVALID, path + ".name"));
            }
            text(out, path + ".label", field.label(), LABEL_MAX, true);
            text(out, path + ".unit", field.unit(), UNIT_MAX, false);
        }
    }

    private static void contact(List<Violation> out, @Nullable Contact contact) {
        if (contact == null) {
            out.add(Violation.of(ErrorCode.FIELD_REQUIRED, "contact.name"));
            return;
        }
        text(out, "contact.name", contact.name(), CONTACT_NAME_MAX, true);
        if (!isBlank(contact.phone()) && !PHONE.matcher(contact.phone()).matches()) {
            out.add(Violation.of(ErrorCode.FIELD_INVALID, "contact.phone"));
        }
        if (!isBlank(contact.email()) && (contact.email().length() > 200 || !EMAIL.matcher(contact.email()).matches())) {
            out.add(Violation.of(ErrorCode.FIELD_INVALID, "contact.email"));
        }
    }

    private static void terms(List<Violation> out, String prefix, @Nullable String conditions, @Nullable String basis) {
        text(out, prefix + ".conditions", conditions, TERMS_MAX, false);
        text(out, prefix + ".basis", basis, TERMS_MAX, false);
    }

    /** Whether the text is present and short enough; records why not. */
    private static boolean text(List<Violation> out, String path, @Nullable String value, int max, boolean required) {
        if (isBlank(value)) {
            if (required) {
                out.add(Violation.of(ErrorCode.FIELD_REQUIRED, path));
            }
            return false;
        }
        if (value.length() > max) {
            out.add(Violation.of(ErrorCode.FIELD_TOO_LONG, path));
            return false;
        }
        return true;
    }

    private static boolean required(List<Violation> out, String path, @Nullable Object value) {
        if (value == null) {
            out.add(Violation.of(ErrorCode.FIELD_REQUIRED, path));
            return false;
        }
        return true;
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
