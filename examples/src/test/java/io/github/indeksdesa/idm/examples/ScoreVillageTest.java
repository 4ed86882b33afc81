// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
