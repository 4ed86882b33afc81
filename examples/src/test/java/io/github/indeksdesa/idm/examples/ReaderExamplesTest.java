// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the reader examples on the inputs the project ships in examples/data. */
class ReaderExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void readReportRecomputesAndFindsNothingWrong() throws Exception {
        String out = ExampleRunner.run(ReadReport::main,
                ROOT.resolve("examples/data/rumusan/6401022004_2024.json").toString());
        assertTrue(out.startsWith("6401022004 2024: MAJU 0.8092, needs 0.8156"), out);
        assertTrue(out.strip().lines().count() == 1, "a consistent report has no findings: " + out);
    }

    @Test
    void readBulkTableCountsStatusesAndReportsTheInconsistentRow() throws Exception {
        String out = ExampleRunner.run(ReadBulkTable::main, ROOT.resolve("examples/data/bulk-kaltim.csv").toString());
        assertTrue(out.contains("2023 TERTINGGAL=5"), out);
        assertTrue(out.contains("2024 BERKEMBANG=2"), out);
        assertTrue(out.contains("PART_OFF_GRID"), out);
        assertTrue(out.contains("0 rejected"), out);
    }
}
