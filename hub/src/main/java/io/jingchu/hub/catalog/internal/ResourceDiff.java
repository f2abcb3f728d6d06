package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.ResourceChange.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a write changed, attribute by attribute, as text: the body of a history entry. Schema fields are
 * compared by name ({@code fields.road_name}), so adding one field shows as one change, not a new list.
 * Bookkeeping (version, timestamps) is left out: the history entry itself carries it.
 */
final class ResourceDiff {

    private static final Map<String, Function<DataResource, @Nullable Object>> ATTRIBUTES = attributes();

    private ResourceDiff() {
    }

    private static Map<String, Function<DataResource, @Nullable Object>> attributes() {
        Map<String, Function<DataResource, @Nullable Object>> a = new LinkedHashMap<>();
        a.put("code", DataResource::code);
        a.put("title", DataResource::title);
        a.put("description", DataResource::description);
        a.put("organizationId", DataResource::organizationId);
        a.put("organizationName", DataResource::organizationName);
        a.put("divisionCode", DataResource::divisionCode);
        a.put("level", DataResource::level);
        a.put("theme", DataResource::theme);
        a.put("keywords", r -> r.keywords().isEmpty() ? null : String.join(", ", r.keywords()));
        a.put("updateFrequency", DataResource::updateFrequency);
        a.put("licence", DataResource::licence);
        a.put("contact.name", r -> r.contact().name());
        a.put("contact.phone", r -> r.contact().phone());
        a.put("contact.email", r -> r.contact().email());
        a.put("grade", DataResource::grade);
        a.put("sensitivity", DataResource::sensitivity);
        a.put("sharing.attribute", r -> r.sharing().attribute());
        a.put("sharing.conditions", r -> r.sharing().conditions());
        a.put("sharing.basis", r -> r.sharing().basis());
        a.put("opening.attribute", r -> r.opening().attribute());
        a.put("opening.conditions", r -> r.opening().conditions());
        a.put("opening.basis", r -> r.opening().basis());
        a.put("highQuality", DataResource::highQuality);
        a.put("state", DataResource::state);
        a.put("rejectionReason", DataResource::rejectionReason);
        return a;
    }

    /** The changes from {@code before} (null for a new resource) to {@code after}. */
    static List<FieldChange> between(@Nullable DataResource before, DataResource after) {
        List<FieldChange> changes = new ArrayList<>();
        ATTRIBUTES.forEach((name, value) -> {
            String old = before == null ? null : text(value.apply(before));
            String now = text(value.apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(name, old, now));
            }
        });
        fields(before == null ? List.of() : before.fields(), after.fields(), changes);
        return changes;
    }

    private static void fields(List<FieldSpec> before, List<FieldSpec> after, List<FieldChange> changes) {
        Map<String, String> old = describe(before);
        Map<String, String> now = describe(after);
        old.forEach((name, text) -> {
            if (!Objects.equals(text, now.get(name))) {
                changes.add(new FieldChange("fields." + name, text, now.get(name)));
            }
        });
        now.forEach((name, text) -> {
            if (!old.containsKey(name)) {
                changes.add(new FieldChange("fields." + name, null, text));
            }
        });
        List<String> oldOrder = List.copyOf(old.keySet());
        List<String> newOrder = List.copyOf(now.keySet());
        if (old.keySet().equals(now.keySet()) && !oldOrder.equals(newOrder)) {
            changes.add(new FieldChange("fields", String.join(", ", oldOrder), String.join(", ", newOrder)));
        }
    }

    private static Map<String, String> describe(List<FieldSpec> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            StringBuilder text = new StringBuilder(f.label()).append(' ').append(f.type().name());
            if (f.unit() != null) {
                text.append(" [").append(f.unit()).append(']');
            }
            if (f.nullable()) {
                text.append(" nullable");
            }
            if (f.key()) {
                text.append(" key");
            }
            if (f.personal()) {
                text.append(" personal");
            }
            out.put(f.name(), text.toString());
        }
        return out;
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
