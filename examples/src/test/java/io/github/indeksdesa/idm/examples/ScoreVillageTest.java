package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScoreVillageTest {

    @Test
    void printsTheFiguresOfTheMinistryReport() throws Exception {
        String out = ExampleRunner.run(ScoreVillage::main);
        // Keladen 2024 as the ministry published it: 0.80920634920635, MAJU -> MANDIRI, 0.8156.
        assertTrue(out.contains("IDM    0.8092 = 5098/6300"), out);
        assertTrue(out.contains("Status MAJU -> target MANDIRI"), out);
        assertTrue(out.contains("Needs  0.8156, gap 0.006394"), out);
        assertTrue(out.contains("IKL03  Skor Tanggap Bencana"), out);
        assertTrue(out.contains("+0.04444444"), out);
    }

    @Test
    void readmeQuickStartIsTheCodeThisExampleRuns() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<String> readme = code(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8),
                "```java", "```");
        List<String> example = code(Files.readString(
                root.resolve("examples/src/main/java/io/github/indeksdesa/idm/examples/ScoreVillage.java"),
                StandardCharsets.UTF_8), "// README:begin", "// README:end");
        assertEquals(example, readme, "the README's first Java block must be the example's README block");
    }

    /** The stripped, non-blank lines between the first start marker and the next end marker. */
    private static List<String> code(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from + start.length());
        return text.substring(text.indexOf('\n', from) + 1, to).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
