// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the published jars from the outside: named modules, what they export and require. */
class PublishedModulesTest {

    @Test
    void coreIsANamedModuleWithoutDependencies() {
        Module core = IdmModel.class.getModule();
        assertTrue(core.isNamed(), "idm-core must be on the module path as a named module");
        ModuleDescriptor descriptor = core.getDescriptor();
        assertEquals("io.github.indeksdesa.idm", descriptor.name());
        Set<String> requires = descriptor.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("java.base"), requires, "idm-core must need nothing but java.base at run time");
        Set<String> exports = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(exports.contains("io.github.indeksdesa.idm"), exports.toString());
        assertTrue(exports.contains("io.github.indeksdesa.idm.report"), exports.toString());
        assertTrue(exports.stream().allMatch(p -> p.startsWith("io.github.indeksdesa.idm")), exports.toString());
    }

    @Test
    void officialModelLoadsFromTheJarOnTheModulePath() {
        assertEquals(50, IdmModel.official().indicatorCount());
    }
}
