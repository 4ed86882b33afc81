package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the shared reference data; tests that need it are skipped, naming the path, when it is absent. */
final class SharedData {

    private SharedData() {
    }

    /** Returns a path below the shared directory, skipping the calling test if it does not exist. */
    static Path require(String relative) {
        Path path = Paths.get(System.getProperty("idm.shared.dir", "../shared")).resolve(relative);
        assumeTrue(Files.exists(path), () -> "shared data absent: " + path.toAbsolutePath());
        return path;
    }
}
