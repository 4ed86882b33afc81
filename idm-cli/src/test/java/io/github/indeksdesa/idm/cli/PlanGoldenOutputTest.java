// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole outputs of plan, interventions and compare over the example inputs the repository ships,
 * compared with golden copies under src/test/resources/golden (regenerate with
 * {@code -Didm.regenerate=true}). docs/planning.md quotes some of them.
 */
class PlanGoldenOutputTest {

    private static final String RUMUSAN = "../examples/data/rumusan";
    private static final String KELADEN = RUMUSAN + "/6401022004_2024.json";
    private static final String KALTIM = "../examples/data/kaltim-2023-2024.csv";
    private static final String COSTS = "../examples/data/costs-example.csv";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("compare-kaltim-table", new String[] {"compare", "--by", "kabupaten", KALTIM}),
                Arguments.of("compare-kaltim-csv", new String[] {"compare", "--format", "csv", KALTIM}),
                Arguments.of("compare-kaltim-json", new String[] {"compare", "--format", "json", KALTIM}),
                Arguments.of("plan-kaltim-table", new String[] {"plan", KALTIM}),
                Arguments.of("plan-kaltim-json", new String[] {"plan", "--format", "json", KALTIM}),
                Arguments.of("plan-examples-table", new String[] {"plan", RUMUSAN}),
                Arguments.of("plan-keladen-json", new String[] {"plan", "--format", "json", KELADEN}),
                Arguments.of("plan-keladen-costs", new String[] {"plan", "--costs", COSTS, KELADEN}),
                Arguments.of("interventions-plan-table", new String[] {"interventions", "--plan", RUMUSAN}),
                Arguments.of("interventions-plan-csv", new String[] {"interventions", "--plan", "--format", "csv",
                    RUMUSAN}),
                Arguments.of("interventions-plan-json", new String[] {"interventions", "--plan", "--format", "json",
                    KELADEN}),
                Arguments.of("interventions-keladen-csv", new String[] {"interventions", "--format", "csv",
                    KELADEN}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputIsTheGoldenCopy(String name, String[] args) throws IOException {
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());
        Cli.assertGolden(name, result.out());
    }
}
