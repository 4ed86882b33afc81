// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source file of the repository (Java, Groovy, jte templates, POMs, scripts) names its licence with an
 * SPDX line among its first three lines. Data, fixtures and documents are not source files.
 */
class LicenseHeadersTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final String SPDX = "SPDX-License-Identifier: Apache-2.0";

    @Test
    void everySourceFileHasTheSpdxLine() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(ROOT)) {
            sources = files.filter(Files::isRegularFile).filter(LicenseHeadersTest::isSource).collect(Collectors.toList());
        }
        assertTrue(sources.size() > 300, "the walk found too few sources under " + ROOT + ": " + sources.size());
        List<Path> missing = sources.stream().filter(file -> !hasSpdxLine(file)).collect(Collectors.toList());
        assertEquals(List.of(), missing, "source files without the line '" + SPDX + "'");
    }

    private static boolean isSource(Path file) {
        Path relative = ROOT.relativize(file);
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".") && !name.equals(".ci")) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".groovy") || name.endsWith(".jte") || name.equals("pom.xml") || name.endsWith(".sh")
                || name.endsWith(".py") || relative.toString().equals("idm") || relative.toString().equals(".ci/run");
    }

    private static boolean hasSpdxLine(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(3).anyMatch(line -> line.contains(SPDX));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
