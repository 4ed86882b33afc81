// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The data files the repository ships (conformance vectors, example inputs) must be exactly what
 * the code generates. Regenerate them with {@code -Didm.regenerate=true} (or {@code idm vectors}).
 */
class ShippedFilesTest {

    @Test
    void shippedFilesAreWhatTheCodeGenerates() throws IOException {
        boolean regenerate = Boolean.getBoolean("idm.regenerate");
        for (Map.Entry<String, String> file : ShippedData.files().entrySet()) {
            Path path = Cli.ROOT.resolve(file.getKey());
            if (regenerate) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(path), path + " is missing: run the tests with -Didm.regenerate=true");
            assertEquals(file.getValue(), Files.readString(path, StandardCharsets.UTF_8), path
                    + " differs from what the code generates: run the tests with -Didm.regenerate=true and review "
                    + "the change");
        }
    }

    @Test
    void vectorsCommandWritesTheShippedKit(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Cli.Result result = Cli.run("vectors", "--out", dir.toString());
        assertEquals(0, result.status(), result.err());
        for (String name : new String[] {VectorsCommand.JSON_FILE, VectorsCommand.CSV_FILE}) {
            assertEquals(Files.readString(Cli.ROOT.resolve("conformance").resolve(name)),
                    Files.readString(dir.resolve(name)), name);
        }
    }
}
