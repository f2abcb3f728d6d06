package io.jingchu.hub.query.export;

import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.ResultRows;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection (RFC 7946): each row a Feature with a Point at its longitude and latitude and the
 * other columns as properties; a row without both coordinates has a null geometry.
 */
public final class GeoJsonRowsWriter implements RowsWriter {

    private final JsonMapper json;
    private final int longitude;
    private final int latitude;

    /** @param longitude, latitude the columns holding the coordinates */
    public GeoJsonRowsWriter(JsonMapper json, int longitude, int latitude) {
        this.json = json;
        this.longitude = longitude;
        this.latitude = latitude;
    }

    @Override
    public void write(ResultRows rows, OutputStream out) throws IOException {
        List<ResultColumn> columns = rows.columns();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("type", "FeatureCollection");
            generator.writeName("features");
            generator.writeStartArray();
            while (rows.next()) {
                generator.writeStartObject();
                generator.writeStringProperty("type", "Feature");
                generator.writeName("geometry");
                Object lng = rows.value(longitude);
                Object lat = rows.value(latitude);
                if (lng instanceof Number x && lat instanceof Number y) {
                    generator.writeStartObject();
                    generator.writeStringProperty("type", "Point");
                    generator.writeName("coordinates");
                    generator.writeStartArray();
                    JsonValues.write(generator, x);
                    JsonValues.write(generator, y);
                    generator.writeEndArray();
                    generator.writeEndObject();
                } else {
                    generator.writeNull();
                }
                generator.writeName("properties");
                generator.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    if (i != longitude && i != latitude) {
                        generator.writeName(columns.get(i).name());
                        JsonValues.write(generator, rows.value(i));
                    }
                }
                generator.writeEndObject();
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
            generator.flush();
        }
    }
}
