package io.jingchu.hub.demo;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a kind of public dataset that departments really keep (公交站点, 空气质量, 企业登记 …):
 * a title stem, theme, keywords and field schema. Field specs are written compactly as
 * {@code name:label:TYPE[:unit][:personal]}.
 */
public record DatasetTemplate(String stem, Theme theme, UpdateFrequency frequency, List<String> keywords,
        List<FieldSpec> fields) {

    static DatasetTemplate of(String stem, Theme theme, UpdateFrequency frequency, String keywords, String... fields) {
        List<FieldSpec> specs = new ArrayList<>();
        for (String f : fields) {
            String[] p = f.split(":", -1);
            boolean personal = p.length > 4 && "personal".equals(p[4]);
            String unit = p.length > 3 && !p[3].isEmpty() ? p[3] : null;
            specs.add(new FieldSpec(p[0], p[1], FieldType.valueOf(p[2]), unit, !p[0].endsWith("_id") && !p[0].equals("code"),
                    personal));
        }
        return new DatasetTemplate(stem, theme, frequency, List.of(keywords.split(",")), List.copyOf(specs));
    }

    public boolean holdsPersonalInformation() {
        return fields.stream().anyMatch(FieldSpec::personal);
    }
}
