package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the opt-in check finds the official shapes, and what its loader forgives: only the kind of dangling reference
 * the 3.0.1 file is known to contain. The shapes used here are made up for the test.
 */
class OfficialShapesTest {

    static final String SHAPES_PREFIXES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix v: <https://example.org/release#> .
            """;

    @TempDir
    Path directory;

    @Test
    void theSystemPropertyNamesTheFileBeforeTheEnvironment() {
        Map<String, String> properties = Map.of(OfficialShapes.PROPERTY, " /opt/shapes/dcat-ap.ttl ");
        Map<String, String> environment = Map.of(OfficialShapes.VARIABLE, "/elsewhere/dcat-ap.ttl");

        assertThat(OfficialShapes.location(properties::get, environment::get))
                .contains(Path.of("/opt/shapes/dcat-ap.ttl"));
    }

    @Test
    void theEnvironmentNamesTheFileWhenNoPropertyIsSet() {
        Map<String, String> environment = Map.of(OfficialShapes.VARIABLE, "/elsewhere/dcat-ap.ttl");

        assertThat(OfficialShapes.location(name -> null, environment::get))
                .contains(Path.of("/elsewhere/dcat-ap.ttl"));
    }

    @Test
    void blankSettingsNameNoFile() {
        Map<String, String> blank = Map.of(OfficialShapes.PROPERTY, "  ", OfficialShapes.VARIABLE, "");

        assertThat(OfficialShapes.location(blank::get, blank::get)).isEmpty();
    }

    @Test
    void referencesToMissingPropertyShapesOfTheDataServiceShapeAreDropped() throws IOException {
        Path file = write("""
                <https://example.org/release#dcat:DataServiceShape> a sh:NodeShape ;
                    sh:targetClass dcat:DataService ;
                    sh:property v:missing-one , v:missing-two , v:present .
                v:present sh:path dct:title ; sh:minCount 1 .
                """);

        assertThat(OfficialShapes.load(file).numRootShapes()).isEqualTo(1);
    }

    @Test
    void aMissingPropertyShapeAnywhereElseIsRefused() throws IOException {
        Path file = write("""
                <https://example.org/release#dcat:DatasetShape> a sh:NodeShape ;
                    sh:targetClass dcat:Dataset ;
                    sh:property v:missing .
                """);

        assertThatThrownBy(() -> OfficialShapes.load(file)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("missing");
    }

    @Test
    void aFileThatIsNotThereIsRefusedWithItsName() {
        Path file = directory.resolve("not-downloaded.ttl");

        assertThatThrownBy(() -> OfficialShapes.load(file)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("not-downloaded.ttl");
    }

    Path write(String shapes) throws IOException {
        return Files.writeString(directory.resolve("shapes.ttl"), SHAPES_PREFIXES + shapes);
    }
}
