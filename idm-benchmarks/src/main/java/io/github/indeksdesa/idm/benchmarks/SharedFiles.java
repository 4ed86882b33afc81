// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real ministry data the reader benchmarks use: {@code -Didm.shared.dir=…}, else {@code ../shared}. */
final class SharedFiles {

    private SharedFiles() {
    }

    /**
     * Returns a path below the shared directory.
     *
     * @throws IllegalStateException naming the path if it does not exist
     */
    static Path require(String relative) {
        Path path = Path.of(System.getProperty("idm.shared.dir", "../shared")).resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("shared data absent: " + path.toAbsolutePath().normalize()
                    + " (run from the repository root with ../shared beside it, or pass -Didm.shared.dir=…)");
        }
        return path;
    }
}
