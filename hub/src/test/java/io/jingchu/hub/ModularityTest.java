package io.jingchu.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of DESIGN.md, checked on every build; also redraws docs/modules. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(HubApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        Path folder = Path.of("..", "docs", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(folder.resolve("components.puml")).exists().content().contains("Catalog", "Identity", "Regions");
    }
}
