// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A directory argument of {@code idm score} takes the reports, the scores tables and the Indeks
 * Desa tables below it; the example directory the project ships gives every village once.
 */
class DirectoryInputTest {

    private static final String EXAMPLES = Cli.ROOT.resolve("examples/data").toString();

    @Test
    void scoreOfTheExampleDirectoryScoresEveryShippedVillage() {
        Cli.Result r = Cli.run("score", "--format", "ndjson", EXAMPLES);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = Arrays.asList(r.out().split("\n"));
        Map<String, Long> bySource = lines.stream().map(l -> field(l, "source").replaceAll(".*/", ""))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        // five reports, the scores table's ten rows (five villages, two years), the six villages of the
        // Indeks Desa score export and the six of the dimension table; the bulk tables, costs table and
        // README are passed over
        assertEquals(Map.of("1104012005_2023.json", 1L, "1105112002_2021.json", 1L, "1107062002_2021.json", 1L,
                "1508042002_2023.json", 1L, "6401022004_2024.json", 1L, "scores.csv", 10L,
                "indeks-desa-2025.csv", 6L, "indeks-desa-2025-dimensions.csv", 6L), bySource, r.out());
        Set<String> villages = new HashSet<>();
        for (String line : lines) {
            assertTrue(villages.add(field(line, "kodeDesa") + "/" + line.replaceAll(".*\"tahun\":(\\d+).*", "$1")),
                    line);
        }
    }

    @Test
    void theReadmesFirstCommandsRunCleanOnTheExampleDirectory() {
        // .ci/run ends with ./idm score examples/data under set -e: no warning, exit 0
        for (String command : List.of("score", "summary")) {
            Cli.Result r = Cli.run(command, EXAMPLES);
            assertEquals(0, r.status(), command + ": " + r.err());
            assertEquals("", r.err(), command);
            assertTrue(r.out().contains("2024"), command + ": " + r.out());
        }
    }

    private static String field(String line, String name) {
        int start = line.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return line.substring(start, line.indexOf('"', start));
    }
}
