package org.sunlight;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, no reaching into another module's internals); docs regenerated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SunlightApplication.class);

    @Test
    void modulesAreWellFormed() {
        modules.verify();
    }

    @Test
    void writeDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
