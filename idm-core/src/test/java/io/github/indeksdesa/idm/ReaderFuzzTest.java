// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.indeksdesa.idm.plan.CostFormatException;
import io.github.indeksdesa.idm.plan.PlanCosts;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets of the core's text readers: any input ends in the value or in the documented
 * exception, never another. The build replays the corpus in
 * {@code src/test/resources/…/ReaderFuzzTestInputs} (regression mode); {@code docs/limits.md} gives
 * the command of a long run.
 */
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void modelFile(byte[] input) {
        try {
            IdmModel.parse("fuzz.tsv", new StringReader(new String(input, StandardCharsets.UTF_8)));
        } catch (ModelFormatException expected) {
            // the documented failure
        }
    }

    @FuzzTest(maxDuration = "30s")
    void costFile(byte[] input) {
        try {
            PlanCosts.parse(IdmModel.official(), "fuzz.csv", new StringReader(new String(input, StandardCharsets.UTF_8)));
        } catch (CostFormatException expected) {
            // the documented failure
        }
    }
}
