// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.ByteArrayInputStream;

/**
 * Fuzz targets of the JSON reader: any input ends in the report or in the documented
 * {@link IdmJsonException} (of which {@link MinistryErrorException} is one), never another
 * exception. The build replays the corpus in {@code src/test/resources/…/ReaderFuzzTestInputs}
 * (regression mode); {@code docs/limits.md} gives the command of a long run.
 */
class ReaderFuzzTest {

    private static final RumusanReader REPORTS = RumusanReader.official()
            .withLimits(ReadLimits.builder().maxReportBytes(1 << 20).build());

    @FuzzTest(maxDuration = "30s")
    void reportJson(byte[] input) {
        try {
            REPORTS.read(new ByteArrayInputStream(input), "fuzz.json");
        } catch (IdmJsonException expected) {
            // the documented failure
        }
    }
}
