// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java code shown in README.md is the code the examples run, so it cannot rot. */
class ReadmeTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @ParameterizedTest
    @ValueSource(strings = {"ScoreVillage", "ReadReport", "ReadBulkTable", "WhatIfEveryVillage"})
    void readmeShowsTheCodeTheExampleRuns(String example) throws IOException {
        String source = Files.readString(
                ROOT.resolve("examples/src/main/java/io/github/indeksdesa/idm/examples/" + example + ".java"),
                StandardCharsets.UTF_8);
        List<String> block = lines(between(source, "// README:begin", "// README:end"));
        List<List<String>> readmeBlocks = javaBlocks(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        assertTrue(readmeBlocks.contains(block), "README.md must show the README block of " + example + ":\n"
                + String.join("\n", block));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ScoreVillage"})
    void theFirstJavaBlockOfTheReadmeIsTheQuickStart(String example) throws IOException {
        String source = Files.readString(
                ROOT.resolve("examples/src/main/java/io/github/indeksdesa/idm/examples/" + example + ".java"),
                StandardCharsets.UTF_8);
        List<List<String>> readmeBlocks = javaBlocks(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        assertEquals(lines(between(source, "// README:begin", "// README:end")), readmeBlocks.get(0));
    }

    private static List<List<String>> javaBlocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        int from = markdown.indexOf("```java");
        while (from >= 0) {
            int start = markdown.indexOf('\n', from) + 1;
            int end = markdown.indexOf("```", start);
            blocks.add(lines(markdown.substring(start, end)));
            from = markdown.indexOf("```java", end + 3);
        }
        return blocks;
    }

    private static String between(String text, String startMarker, String endMarker) {
        int from = text.indexOf(startMarker);
        int start = text.indexOf('\n', from) + 1;
        return text.substring(start, text.indexOf(endMarker, start));
    }

    /** Stripped, non-blank lines: indentation differs between a method body and the README. */
    private static List<String> lines(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
