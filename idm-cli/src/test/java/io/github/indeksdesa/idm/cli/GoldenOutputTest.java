// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole outputs of commands over the example inputs the repository ships, compared with golden
 * copies under src/test/resources/golden (regenerate with {@code -Didm.regenerate=true}).
 */
class GoldenOutputTest {

    private static final String RUMUSAN = "../examples/data/rumusan";
    private static final String KELADEN = RUMUSAN + "/6401022004_2024.json";
    private static final String SCORES = "../examples/data/scores.csv";
    private static final String BULK = "../examples/data/bulk-kaltim.csv";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("score-table", 0, new String[] {"score", SCORES}),
                Arguments.of("score-csv", 0, new String[] {"score", "--format", "csv", RUMUSAN}),
                Arguments.of("score-ndjson", 0, new String[] {"score", "--format", "ndjson", SCORES}),
                Arguments.of("score-json", 0, new String[] {"score", "--format", "json", KELADEN}),
                Arguments.of("report-keladen", 0, new String[] {"report", KELADEN}),
                Arguments.of("verify-bulk-text", 1, new String[] {"verify", BULK}),
                Arguments.of("verify-bulk-ndjson", 1, new String[] {"verify", "--format", "ndjson", BULK}),
                Arguments.of("summary-table", 0, new String[] {"summary", "--by", "kabupaten", BULK}),
                Arguments.of("summary-csv", 0, new String[] {"summary", "--format", "csv", BULK}),
                Arguments.of("summary-json", 0, new String[] {"summary", "--format", "json", "--by", "provinsi",
                    RUMUSAN}),
                Arguments.of("catalog-table", 0, new String[] {"catalog"}),
                Arguments.of("catalog-csv", 0, new String[] {"catalog", "--format", "csv"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputIsTheGoldenCopy(String name, int status, String[] args) throws IOException {
        Cli.Result result = Cli.run(args);
        assertEquals(status, result.status(), result.err());
        assertEquals("", result.err());
        Cli.assertGolden(name, result.out());
    }
}
