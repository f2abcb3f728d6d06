package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The fixture itself: the official shapes are whole and really refuse what DCAT-AP forbids. */
class OfficialShapesTest {

    @Test
    void shapesTargetTheDcatClasses() {
        assertThat(OfficialShapes.shapes().numRootShapes()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aDatasetWithoutDescriptionAndADistributionWithoutAccessUrlAreViolations() {
        Graph data = RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <http://example.org/ds> a dcat:Dataset ; dct:title "无描述"@zh ;
                    dcat:distribution <http://example.org/dist> .
                <http://example.org/dist> a dcat:Distribution .
                """, Lang.TURTLE).toGraph();

        var report = OfficialShapes.validate(data);

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).extracting(e -> e.resultPath().toString())
                .contains("<http://purl.org/dc/terms/description>", "<http://www.w3.org/ns/dcat#accessURL>");
    }

    @Test
    void untypedVocabularyTermsAreViolations() {
        Graph data = RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <http://example.org/ds> a dcat:Dataset ; dct:title "标题"@zh ; dct:description "描述"@zh ;
                    dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/DAILY> .
                """, Lang.TURTLE).toGraph();

        assertThat(OfficialShapes.validate(data).conforms()).isFalse();
    }
}
