package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A directory argument of {@code idm score} takes the reports and the scores tables below it. */
class DirectoryInputTest {

    @Test
    void scoreOfTheExampleDirectoryScoresEveryShippedVillage() {
        Cli.Result r = Cli.run("score", "--format", "ndjson", Cli.ROOT.resolve("examples/data").toString());
        // scores.csv repeats the five villages of the reports: each is reported and left out
        assertEquals(2, r.status(), r.err());
        assertEquals(5, r.err().lines().filter(l -> l.contains("appears again for")).count(), r.err());
        List<String> lines = Arrays.asList(r.out().split("\n"));
        Map<String, Long> bySource = lines.stream().map(l -> l.substring(l.indexOf("\"source\":\"") + 10,
                l.indexOf('"', l.indexOf("\"source\":\"") + 10)).replaceAll(".*/", ""))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        // five reports, and the scores table's ten other rows; the bulk tables, costs table and README are passed over
        assertEquals(Map.of("1104012005_2023.json", 1L, "1105112002_2021.json", 1L, "1107062002_2021.json", 1L,
                "1508042002_2023.json", 1L, "6401022004_2024.json", 1L, "scores.csv", 10L), bySource, r.out());
    }
}
