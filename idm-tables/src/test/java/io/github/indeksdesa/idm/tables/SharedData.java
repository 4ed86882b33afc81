// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the shared reference data; tests that need it are skipped, naming the path, when it is absent. */
final class SharedData {

    private static final Set<Path> REPORTED = ConcurrentHashMap.newKeySet();

    private SharedData() {
    }

    /** Returns a path below the shared directory, skipping the calling test if it does not exist. */
    static Path require(String relative) {
        Path path = Paths.get(System.getProperty("idm.shared.dir", "../shared")).resolve(relative);
        if (!Files.exists(path) && REPORTED.add(path.toAbsolutePath())) {
            // Once per path on the console: surefire keeps the assumption's message only in its XML.
            System.out.println("[SKIPPED] shared data absent: " + path.toAbsolutePath().normalize() + "; tests that need it are skipped");
        }
        assumeTrue(Files.exists(path), () -> "shared data absent: " + path.toAbsolutePath().normalize());
        return path;
    }
}
