package io.jingchu.hub.query.export;

import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.ResultRows;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** A JSON array of row objects, or NDJSON: one row object per line. */
public final class JsonRowsWriter implements RowsWriter {

    private final JsonMapper json;
    private final boolean lines;

    private JsonRowsWriter(JsonMapper json, boolean lines) {
        this.json = json;
        this.lines = lines;
    }

    public static JsonRowsWriter array(JsonMapper json) {
        return new JsonRowsWriter(json, false);
    }

    public static JsonRowsWriter lines(JsonMapper json) {
        return new JsonRowsWriter(json, true);
    }

    @Override
    public void write(ResultRows rows, OutputStream out) throws IOException {
        List<ResultColumn> columns = rows.columns();
        String[] names = columns.stream().map(ResultColumn::name).toArray(String[]::new);
        try (JsonGenerator generator = json.writer().withRootValueSeparator((String) null).createGenerator(out)) {
            if (!lines) {
                generator.writeStartArray();
            }
            while (rows.next()) {
                generator.writeStartObject();
                for (int i = 0; i < names.length; i++) {
                    generator.writeName(names[i]);
                    JsonValues.write(generator, rows.value(i));
                }
                generator.writeEndObject();
                if (lines) {
                    generator.writeRaw('\n');
                }
            }
            if (!lines) {
                generator.writeEndArray();
            }
            generator.flush();
        }
    }
}
