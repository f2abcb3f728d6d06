package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * The project's own SHACL encoding of the DCAT-AP 3.0.1 requirements (src/test/resources/dcat-ap-3, see the README
 * there). Missing mandatory properties and wrong values are violations; missing recommended properties are warnings,
 * so a report is read by severity rather than by {@link ValidationReport#conforms()}, which any warning makes false.
 */
final class DcatApShapes {

    static final String RESOURCE = "/dcat-ap-3/dcat-ap-3-constraints.ttl";

    private static final Shapes SHAPES = load();

    private DcatApShapes() {
    }

    static Shapes shapes() {
        return SHAPES;
    }

    static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, data);
    }

    static List<ReportEntry> violations(ValidationReport report) {
        return withSeverity(report, Severity.Violation);
    }

    static List<ReportEntry> warnings(ValidationReport report) {
        return withSeverity(report, Severity.Warning);
    }

    private static List<ReportEntry> withSeverity(ValidationReport report, Severity severity) {
        return report.getEntries().stream().filter(e -> severity.equals(e.severity())).toList();
    }

    private static Shapes load() {
        try (InputStream in = DcatApShapes.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
