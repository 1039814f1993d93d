package jp.skilldev;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Lifecycles depend on the shared modules, never on each other, and no module reaches into another's internals. */
class ModuleStructureTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(SkilldevApplication.class).verify();
    }
}
