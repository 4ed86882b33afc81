// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command examples in docs/planning.md and the README's planning section print what the
 * commands really print: every {@code $ ./idm ...} line in a code block is run, and the lines after
 * it (to the next {@code $} line or the end of the block) must be its output. A line {@code …} ends
 * a shortened output (the lines before it must begin the real output); a last line
 * {@code exit status N} checks the exit status, the output then being stdout and stderr together.
 */
class PlanningDocsTest {

    private record Example(List<String> args, List<String> expected) {
    }

    private static List<Example> examples(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        Example current = null;
        for (String line : lines) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                current = null;
            } else if (inBlock && line.startsWith("$ ./idm ")) {
                current = new Example(List.of(line.substring("$ ./idm ".length()).split(" +")), new ArrayList<>());
                examples.add(current);
            } else if (current != null) {
                current.expected().add(line);
            }
        }
        return examples;
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/planning.md", "README.md"})
    void examplesPrintTheirRealOutput(String doc) throws IOException {
        List<Example> examples = examples(Files.readAllLines(Cli.ROOT.resolve(doc), StandardCharsets.UTF_8));
        int checked = 0;
        for (Example example : examples) {
            List<String> args = new ArrayList<>();
            boolean runnable = true;
            for (String arg : example.args()) {
                boolean isPath = arg.contains("/") || arg.endsWith(".csv") || arg.endsWith(".json");
                if (isPath && !Files.exists(Cli.ROOT.resolve(arg))) {
                    runnable = false; // a file the text writes for the example, e.g. a malformed cost file
                }
                args.add(isPath ? Cli.file(arg) : arg);
            }
            if (!runnable) {
                continue;
            }
            Cli.Result result = Cli.run(args.toArray(new String[0]));
            List<String> expected = new ArrayList<>(example.expected());
            String actual = result.out();
            int status = 0;
            String last = expected.isEmpty() ? "" : expected.get(expected.size() - 1);
            if (last.startsWith("exit status ")) {
                status = Integer.parseInt(last.substring("exit status ".length()));
                expected.remove(expected.size() - 1);
                actual = result.out() + result.err();
            }
            assertEquals(status, result.status(), doc + ": " + example.args() + "\n" + result.err());
            actual = actual.replace(Cli.ROOT + "/", "");
            int cut = expected.indexOf("…");
            String text = String.join("\n", cut < 0 ? expected : expected.subList(0, cut)) + "\n";
            if (cut < 0) {
                assertEquals(text, actual, doc + ": " + example.args());
            } else {
                assertTrue(actual.startsWith(text), doc + ": " + example.args() + " should begin with\n" + text
                        + "but printed\n" + actual);
            }
            checked++;
        }
        assertTrue(checked >= (doc.equals("README.md") ? 2 : 10), doc + ": only " + checked + " examples checked");
    }
}
