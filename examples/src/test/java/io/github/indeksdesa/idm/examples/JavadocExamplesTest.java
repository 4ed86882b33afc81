// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every entry-point class has a javadoc example, and it is the code {@link JavadocExamples} compiles
 * and runs, line for line.
 */
class JavadocExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Pattern EXAMPLE = Pattern.compile("// javadoc:begin (\\w+)\\n(.*?)\\n\\s*// javadoc:end",
            Pattern.DOTALL);
    private static final Pattern PRE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {"idm-core/src/main/java/io/github/indeksdesa/idm/IdmModel.java",
        "idm-core/src/main/java/io/github/indeksdesa/idm/VillageScores.java",
        "idm-core/src/main/java/io/github/indeksdesa/idm/verify/Verifier.java",
        "idm-core/src/main/java/io/github/indeksdesa/idm/plan/UpgradePlanner.java",
        "idm-core/src/main/java/io/github/indeksdesa/idm/batch/BatchScorer.java",
        "idm-json/src/main/java/io/github/indeksdesa/idm/json/RumusanReader.java",
        "idm-json/src/main/java/io/github/indeksdesa/idm/json/RumusanWriter.java",
        "idm-json/src/main/java/io/github/indeksdesa/idm/json/IdmModule.java",
        "idm-tables/src/main/java/io/github/indeksdesa/idm/tables/ScoresTableReader.java",
        "idm-tables/src/main/java/io/github/indeksdesa/idm/tables/BulkTableReader.java"})
    void theClassJavadocShowsTheCompiledExample(String path) throws IOException {
        String name = Path.of(path).getFileName().toString().replace(".java", "");
        List<String> example = examples().get(name);
        assertTrue(example != null, "JavadocExamples has no block for " + name);
        String source = Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
        String classJavadoc = source.substring(0, source.indexOf("\npublic "));
        List<List<String>> blocks = new ArrayList<>();
        Matcher m = PRE.matcher(classJavadoc);
        while (m.find()) {
            blocks.add(lines(m.group(1).replaceAll("(?m)^\\s*\\* ?", "")));
        }
        assertTrue(blocks.contains(example), path + ": the class javadoc must show, in a <pre>{@code} block:\n"
                + String.join("\n", example) + "\nit shows " + blocks);
    }

    @Test
    void everyExampleBelongsToAClassAndRuns() throws IOException {
        assertEquals(10, examples().size(), examples().keySet().toString());
        Path report = ROOT.resolve("examples/data/rumusan/6401022004_2024.json");
        Path table = ROOT.resolve("examples/data/scores.csv");
        assertEquals(50, JavadocExamples.model().indicatorCount());
        assertEquals("6401022004/2024", JavadocExamples.scores().villageCode() + "/" + JavadocExamples.scores().year());
        assertEquals("6401022004", JavadocExamples.reader(report).villageCode());
        assertTrue(JavadocExamples.writer(report).contains("\"nama_desa\":\"KELADEN\""));
        assertEquals(List.of(), JavadocExamples.verifier(report));
        assertTrue(JavadocExamples.planner(JavadocExamples.scores()).isReachable());
        assertEquals(10, JavadocExamples.batch(table).villageCount());
        assertEquals("10 villages", JavadocExamples.tables(table, ROOT.resolve("examples/data/bulk-kaltim.csv")));
        assertTrue(JavadocExamples.jackson(report).contains("\"namaDesa\":\"KELADEN\""));
    }

    private static Map<String, List<String>> examples() throws IOException {
        String source = Files.readString(ROOT.resolve(
                "examples/src/main/java/io/github/indeksdesa/idm/examples/JavadocExamples.java"), StandardCharsets.UTF_8);
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(source);
        while (m.find()) {
            blocks.put(m.group(1), lines(m.group(2)));
        }
        return blocks;
    }

    /** Stripped, non-blank lines: indentation differs between a method body and a javadoc comment. */
    private static List<String> lines(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
