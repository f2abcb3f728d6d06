package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The register-and-edit form of a resource as typed, kept as text so that a refused form comes back exactly as it
 * was sent. Its inputs are named as the API's problems name the draft's members ({@code title},
 * {@code contact.phone}, {@code fields[2].name}), so a refusal finds its field by name. The field schema is rows
 * {@code fields[i].…}, kept in the order of their numbers, each as it is (an empty row is refused until it is
 * filled in or removed, so that a refusal's row number is the row on the page).
 */
record ResourceForm(String code, String title, String description, String theme, String keywords,
        String updateFrequency, String licence, String contactName, String contactPhone, String contactEmail,
        String grade, String sensitivity, String sharing, String sharingConditions, String sharingBasis,
        String opening, String openingConditions, String openingBasis, boolean highQuality, List<Row> fields) {

    private static final Pattern ROW = Pattern.compile("fields\\[(\\d{1,3})]\\.(\\w+)");

    /** One field of the schema as typed. */
    record Row(String name, String label, String type, String unit, boolean nullable, boolean personal,
            boolean key) {

        static final Row EMPTY = new Row("", "", FieldType.STRING.name(), "", true, false, false);
    }

    /** A new resource's form: one empty field row, the most common choices preselected. */
    static ResourceForm blank() {
        return new ResourceForm("", "", "", "", "", UpdateFrequency.IRREGULAR.name(), "CC-BY-4.0", "", "", "",
                SecurityGrade.GENERAL.name(), Sensitivity.L1.name(), SharingAttribute.UNCONDITIONAL.name(), "", "",
                OpeningAttribute.UNCONDITIONAL.name(), "", "", false, List.of(Row.EMPTY));
    }

    static ResourceForm of(DataResource r) {
        List<Row> rows = r.fields().stream().map(f -> new Row(f.name(), f.label(), f.type().name(), text(f.unit()),
                f.nullable(), f.personal(), f.key())).toList();
        Contact c = r.contact();
        return new ResourceForm(r.code(), r.title(), text(r.description()), r.theme().name(),
                String.join("，", r.keywords()), r.updateFrequency().name(), r.licence(), c.name(), text(c.phone()),
                text(c.email()), r.grade().name(),
                r.sensitivity().name(), r.sharing().attribute().name(), text(r.sharing().conditions()),
                text(r.sharing().basis()), r.opening().attribute().name(), text(r.opening().conditions()),
                text(r.opening().basis()), r.highQuality(), rows);
    }

    /** The form as posted; rows are taken in the order of their numbers. */
    static ResourceForm read(MultiValueMap<String, String> p) {
        Map<Integer, Map<String, String>> rows = new TreeMap<>();
        for (String name : p.keySet()) {
            Matcher m = ROW.matcher(name);
            if (m.matches()) {
                rows.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new HashMap<>())
                        .put(m.group(2), text(p.getFirst(name)));
            }
        }
        List<Row> fields = rows.values().stream().map(v -> new Row(v.getOrDefault("name", "").strip(),
                v.getOrDefault("label", "").strip(), v.getOrDefault("type", FieldType.STRING.name()),
                v.getOrDefault("unit", "").strip(), v.containsKey("nullable"), v.containsKey("personal"),
                v.containsKey("key"))).toList();
        return new ResourceForm(text(p.getFirst("code")).strip(), text(p.getFirst("title")),
                text(p.getFirst("description")), text(p.getFirst("theme")), text(p.getFirst("keywords")),
                text(p.getFirst("updateFrequency")), text(p.getFirst("licence")), text(p.getFirst("contact.name")),
                text(p.getFirst("contact.phone")), text(p.getFirst("contact.email")), text(p.getFirst("grade")),
                text(p.getFirst("sensitivity")), text(p.getFirst("sharing.attribute")),
                text(p.getFirst("sharing.conditions")), text(p.getFirst("sharing.basis")),
                text(p.getFirst("opening.attribute")), text(p.getFirst("opening.conditions")),
                text(p.getFirst("opening.basis")), p.containsKey("highQuality"), fields);
    }

    /** The same form with one more empty row, or without row {@code index}, for the schema editor. */
    ResourceForm withRows(@Nullable Integer remove, boolean add) {
        List<Row> rows = new ArrayList<>(fields);
        if (remove != null && remove >= 0 && remove < rows.size()) {
            rows.remove((int) remove);
        }
        if (add) {
            rows.add(Row.EMPTY);
        }
        return new ResourceForm(code, title, description, theme, keywords, updateFrequency, licence, contactName,
                contactPhone, contactEmail, grade, sensitivity, sharing, sharingConditions, sharingBasis, opening,
                openingConditions, openingBasis, highQuality, rows);
    }

    /**
     * The draft the ledger's rules judge. A choice outside its list (which a browser cannot send) is taken as no
     * choice, which the rules refuse as missing; keywords are split at commas, Chinese or not, and spaces.
     */
    ResourceDraft draft(@Nullable Long organizationId) {
        List<FieldSpec> specs = fields.stream().map(r -> new FieldSpec(r.name(), r.label(),
                valueOf(FieldType.class, r.type(), FieldType.STRING), r.unit().isBlank() ? null : r.unit(),
                r.nullable(), r.personal(), r.key())).toList();
        SharingAttribute sharingAttribute = valueOf(SharingAttribute.class, sharing, null);
        OpeningAttribute openingAttribute = valueOf(OpeningAttribute.class, opening, null);
        return new ResourceDraft(code.isBlank() ? null : code, title, Forms.blankToNull(description),
                organizationId, valueOf(Theme.class, theme, null),
                Arrays.stream(keywords.split("[,，、\\s]+")).filter(k -> !k.isBlank()).toList(), specs,
                valueOf(UpdateFrequency.class, updateFrequency, null), licence,
                new Contact(contactName, Forms.blankToNull(contactPhone), Forms.blankToNull(contactEmail)),
                valueOf(SecurityGrade.class, grade, null), valueOf(Sensitivity.class, sensitivity, null),
                sharingAttribute == null ? null : new SharingTerms(sharingAttribute,
                        Forms.blankToNull(sharingConditions), Forms.blankToNull(sharingBasis)),
                openingAttribute == null ? null : new OpeningTerms(openingAttribute,
                        Forms.blankToNull(openingConditions), Forms.blankToNull(openingBasis)),
                highQuality);
    }

    private static <E extends Enum<E>> @Nullable E valueOf(Class<E> type, String name, @Nullable E otherwise) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
