package io.jingchu.hub.query;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which fields of a schema hold longitude and latitude: a numeric field named {@code lng}, {@code lon},
 * {@code longitude} (or ending in {@code _lng}, {@code _lon}, {@code _longitude}), or labelled 经度; likewise
 * {@code lat}, {@code latitude}, 纬度. The one rule for GeoJSON exports and the portal's map of points.
 */
public record Coordinates(String longitude, String latitude) {

    private static final Set<String> LONGITUDE = Set.of("lng", "lon", "long", "longitude");
    private static final Set<String> LATITUDE = Set.of("lat", "latitude");

    public static Optional<Coordinates> of(List<FieldSpec> fields) {
        Optional<String> lng = find(fields, LONGITUDE, "经度");
        Optional<String> lat = find(fields, LATITUDE, "纬度");
        return lng.isPresent() && lat.isPresent() ? Optional.of(new Coordinates(lng.get(), lat.get()))
                : Optional.empty();
    }

    private static Optional<String> find(List<FieldSpec> fields, Set<String> names, String chinese) {
        for (FieldSpec f : fields) {
            if (f.type() != FieldType.DECIMAL && f.type() != FieldType.INTEGER) {
                continue;
            }
            String name = f.name();
            String suffix = name.substring(name.lastIndexOf('_') + 1);
            String label = f.label().strip().toLowerCase(Locale.ROOT);
            if (names.contains(name) || names.contains(suffix) || label.contains(chinese) || names.contains(label)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
