// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command in this JVM with captured streams. */
final class Cli {

    /** The repository root, seen from the module directory where tests run. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /**
     * What a run printed and returned.
     *
     * @param status the exit status
     * @param out standard output
     * @param err standard error
     */
    record Result(int status, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    static Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = IdmCommand.execute(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), args);
        return new Result(status, out.toString(), err.toString());
    }

    /** Each non-blank line of newline-delimited JSON, parsed. */
    static List<JsonNode> jsonLines(String out) throws IOException {
        ObjectMapper mapper = JsonMapper.builder().build();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    /** A file of the repository, as an argument. */
    static String file(String relative) {
        return ROOT.resolve(relative).toString();
    }

    /** Where golden copies of whole outputs live (regenerate them with {@code -Didm.regenerate=true}). */
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** Asserts that {@code out} equals the golden copy {@code name}.txt, writing it first when regenerating. */
    static void assertGolden(String name, String out) throws IOException {
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("idm.regenerate")) {
            java.nio.file.Files.createDirectories(GOLDEN);
            java.nio.file.Files.writeString(golden, out, StandardCharsets.UTF_8);
        }
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.exists(golden),
                golden + " is missing: run with -Didm.regenerate=true");
        org.junit.jupiter.api.Assertions.assertEquals(java.nio.file.Files.readString(golden, StandardCharsets.UTF_8),
                out, name);
    }
}
