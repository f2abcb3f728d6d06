package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * The official DCAT-AP 3.0.1 SHACL shapes (src/test/resources/dcat-ap-3, see the README there), ready for Jena.
 *
 * <p>The published file names two property shapes of {@code dcat:DataServiceShape} that it does not contain (an
 * upstream defect, SEMICeu/DCAT-AP issue 448), and Jena refuses shapes with dangling references. Those two
 * references are dropped here, after checking that they are the only ones: they would constrain data services, which
 * the hub does not describe, and no constraint that exists in the file is lost.
 */
final class OfficialShapes {

    static final String RESOURCE = "/dcat-ap-3/dcat-ap-SHACL.ttl";
    private static final String DATA_SERVICE_SHAPE =
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DataServiceShape";

    private static final Shapes SHAPES = load();

    private OfficialShapes() {
    }

    static Shapes shapes() {
        return SHAPES;
    }

    static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, data);
    }

    private static Shapes load() {
        Graph graph;
        try (InputStream in = OfficialShapes.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Triple> dangling = graph.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> !graph.contains(t.getObject(), SHACL.path, Node.ANY)).toList();
        assertThat(dangling).as("property shapes referred to but missing from the official file")
                .hasSizeLessThanOrEqualTo(2)
                .allSatisfy(t -> assertThat(t.getSubject().getURI()).isEqualTo(DATA_SERVICE_SHAPE));
        dangling.forEach(graph::delete);
        return Shapes.parse(graph);
    }
}
