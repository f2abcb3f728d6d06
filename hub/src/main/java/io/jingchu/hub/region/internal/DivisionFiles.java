package io.jingchu.hub.region.internal;

import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.DivisionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The statistical division codes shipped with the hub under {@code divisions/}: one gzipped CSV per level,
 * each row naming its parent by a short code (2, 4, 6 or 9 digits) and its province. Read as a stream,
 * parents before children, so that the whole country never has to sit in memory.
 */
@Component
class DivisionFiles {

    /** One source file: its resource name and the column holding the parent's short code. */
    private record Source(String file, @Nullable String parentColumn) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("provinces.csv.gz", null),
            new Source("cities.csv.gz", "provinceCode"),
            new Source("areas.csv.gz", "cityCode"),
            new Source("streets.csv.gz", "areaCode"),
            new Source("villages.csv.gz", "streetCode"));

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    private static final String LOCATION = "divisions/";

    /** The 2-digit codes of every province in the files. */
    List<String> provinceCodes() {
        List<String> codes = new java.util.ArrayList<>();
        read(SOURCES.get(0), province -> true, d -> codes.add(d.code().substring(0, 2)));
        return codes;
    }

    /** Hands every division of the accepted provinces to the sink, level by level from the provinces down. */
    void read(Predicate<String> province, Consumer<Division> sink) {
        for (Source source : SOURCES) {
            read(source, province, sink);
        }
    }

    private void read(Source source, Predicate<String> province, Consumer<Division> sink) {
        try (InputStream in = new GZIPInputStream(new ClassPathResource(LOCATION + source.file()).getInputStream(), 1 << 16);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord row : parser) {
                String shortCode = row.get("code");
                String provinceCode = source.parentColumn() == null ? shortCode : row.get("provinceCode");
                if (!province.test(provinceCode)) {
                    continue;
                }
                String code = DivisionCodes.pad(shortCode);
                String parent = source.parentColumn() == null ? null : DivisionCodes.pad(row.get(source.parentColumn()));
                // A few rows only repeat their parent one level down (东莞市 as its own county, 金门县 as its own
                // township and village); padded, they are the parent itself and are not divisions of their own.
                if (code.equals(parent)) {
                    continue;
                }
                sink.accept(new Division(code, row.get("name"), DivisionLevel.ofCode(code), parent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division file " + source.file(), e);
        }
    }
}
