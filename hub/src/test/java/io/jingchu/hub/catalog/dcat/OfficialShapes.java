package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.jspecify.annotations.Nullable;

/**
 * The SHACL shapes SEMIC publishes with DCAT-AP 3.0.1, read from a file the developer downloaded: they are not part
 * of the repository (see src/test/resources/dcat-ap-3/README.md). The file is named by the system property
 * {@value #PROPERTY} or, failing that, the environment variable {@value #VARIABLE}.
 *
 * <p>The 3.0.1 file refers from {@code dcat:DataServiceShape} to two property shapes it does not contain (an upstream
 * defect, SEMICeu/DCAT-AP issue 448), and Jena refuses shapes with dangling references. Those references are dropped
 * here, after checking that they are the only ones and that they hang off the data-service shape: they would
 * constrain data services, which the hub does not describe, and no constraint that exists in the file is lost.
 */
final class OfficialShapes {

    static final String PROPERTY = "dcatap.shapes";
    static final String VARIABLE = "DCAT_AP_SHACL";

    private static final String DATA_SERVICE_SHAPE_SUFFIX = "#dcat:DataServiceShape";

    private OfficialShapes() {
    }

    /** Where the official shapes were said to be, if anywhere. */
    static Optional<Path> location() {
        return location(System::getProperty, System::getenv);
    }

    static Optional<Path> location(Function<String, @Nullable String> properties,
            Function<String, @Nullable String> environment) {
        String value = properties.apply(PROPERTY);
        if (value == null || value.isBlank()) {
            value = environment.apply(VARIABLE);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
    }

    static Shapes load(Path file) {
        assertThat(file).as("official DCAT-AP shapes named by -D%s or %s", PROPERTY, VARIABLE).isRegularFile();
        Graph graph = RDFParser.source(file).lang(Lang.TURTLE).toGraph();
        List<Triple> dangling = graph.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> !graph.contains(t.getObject(), SHACL.path, Node.ANY)).toList();
        assertThat(dangling).as("property shapes referred to but missing from %s", file)
                .hasSizeLessThanOrEqualTo(2)
                .allSatisfy(t -> assertThat(t.getSubject().isURI()
                        && t.getSubject().getURI().endsWith(DATA_SERVICE_SHAPE_SUFFIX)).isTrue());
        dangling.forEach(graph::delete);
        return Shapes.parse(graph);
    }
}
