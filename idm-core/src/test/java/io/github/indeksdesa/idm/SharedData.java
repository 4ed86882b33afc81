// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the project's shared reference data ({@code ../shared} beside the repository) for tests
 * that compare the library with it, and skips those tests where it is absent.
 */
public final class SharedData {

    /** The system property surefire sets to the shared directory. */
    public static final String PROPERTY = "idm.shared.dir";

    private static final Set<Path> REPORTED = ConcurrentHashMap.newKeySet();

    private SharedData() {
    }

    /**
     * Returns a file below the shared directory, or skips the calling test (naming the missing path)
     * when it is not there.
     *
     * @param relative the path below the shared directory, e.g. "reference/indicators.tsv"
     * @return the existing file
     */
    public static Path require(String relative) {
        Path dir = directory();
        Path file = dir.resolve(relative).normalize();
        if (!Files.isRegularFile(file) && REPORTED.add(file.toAbsolutePath())) {
            // Once per path on the console: surefire keeps the assumption's message only in its XML.
            System.out.println("[SKIPPED] shared data not found: " + file.toAbsolutePath()
                    + "; tests that need it are skipped");
        }
        assumeTrue(Files.isRegularFile(file), () -> "shared data not found: " + file.toAbsolutePath()
                + " (set -D" + PROPERTY + " to the shared directory); skipping");
        return file;
    }

    /** The property's value if set, else the first sibling "shared" walking up from user.dir. */
    static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (p.getParent() != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return start.resolveSibling("shared");
    }

    /**
     * Splits one CSV line of the shared data; fields may be quoted (names with commas), "" is a quote.
     *
     * @param line the line
     * @return the fields, unquoted
     */
    public static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
