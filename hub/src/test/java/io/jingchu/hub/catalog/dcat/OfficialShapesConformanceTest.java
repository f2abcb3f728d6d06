package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Opt-in: the hub's DCAT-AP output against the shapes SEMIC publishes for DCAT-AP 3.0.1, which the repository does
 * not carry. Runs only when a downloaded copy is named, e.g.
 * {@code mvn -pl hub verify -Dtest='OfficialShapesConformanceTest' -Ddcatap.shapes=/path/to/dcat-ap-SHACL.ttl}
 * (or the environment variable {@code DCAT_AP_SHACL}); skipped otherwise.
 */
class OfficialShapesConformanceTest {

    static final Optional<Path> FILE = OfficialShapes.location();

    final SampleCatalog sample = new SampleCatalog();

    /** Loaded on first use, so that nothing is read when the check is skipped. */
    static final class Official {
        static final Shapes SHAPES = OfficialShapes.load(FILE.orElseThrow());
    }

    @BeforeEach
    void officialShapesAreNamed() {
        assumeTrue(FILE.isPresent(), () -> "official DCAT-AP 3 shapes not named (-D" + OfficialShapes.PROPERTY
                + "=… or " + OfficialShapes.VARIABLE + "=…)");
    }

    static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(Official.SHAPES, data);
    }

    /** The official shapes give every result as a violation, so conforming means no result at all. */
    static void assertConforms(Graph graph) {
        ValidationReport report = validate(graph);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.getEntries()).as("violations of the official DCAT-AP 3 shapes").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void catalogConformsToTheOfficialShapes(RdfSyntax syntax) {
        assertConforms(sample.catalogGraph(syntax));
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void oneResourceConformsToTheOfficialShapes(RdfSyntax syntax) {
        assertConforms(sample.resourceGraph(sample.companies, syntax));
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void anEmptyCatalogConformsToTheOfficialShapes(RdfSyntax syntax) {
        assertConforms(sample.emptyCatalogGraph(syntax));
    }

    @Test
    void theOfficialShapesRefuseADatasetWithoutDescriptionAndADistributionWithoutAccessUrl() {
        Graph data = RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://example.org/ds> a dcat:Dataset ; dct:title "无描述"@zh ;
                    dcat:distribution <https://example.org/dist> .
                <https://example.org/dist> a dcat:Distribution .
                """, Lang.TURTLE).toGraph();

        ValidationReport report = validate(data);

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).extracting(e -> e.resultPath().toString())
                .contains("<http://purl.org/dc/terms/description>", "<http://www.w3.org/ns/dcat#accessURL>");
    }

    @Test
    void theOfficialShapesRefuseUntypedVocabularyTerms() {
        Graph data = RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://example.org/ds> a dcat:Dataset ; dct:title "标题"@zh ; dct:description "描述"@zh ;
                    dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/DAILY> .
                """, Lang.TURTLE).toGraph();

        assertThat(validate(data).conforms()).isFalse();
    }
}
