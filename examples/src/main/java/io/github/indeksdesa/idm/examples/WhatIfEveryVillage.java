// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.tables.ScoresMatrixReader;
import java.nio.file.Path;

/**
 * Scores every village of a scores table at once, without an object per village, and asks what
 * would change if every village were fully prepared for disasters (IKL03 at 5).
 */
public final class WhatIfEveryVillage {

    private WhatIfEveryVillage() {
    }

    /**
     * Runs the example.
     *
     * @param args the scores table; default {@code examples/data/scores.csv}
     */
    public static void main(String[] args) {
        Path table = Path.of(args.length > 0 ? args[0] : "examples/data/scores.csv");
        // README:begin
        IdmModel model = IdmModel.official();
        ScoreMatrix villages = ScoresMatrixReader.of(model, ScoreValidation.LADDER)
                .read(table, rejected -> System.err.println(rejected));
        BatchResult result = BatchScorer.of(model).score(villages);            // N/6300 and status of each
        System.out.println(result.statusCounts());
        System.out.println(result.whatIf(model.indicator("IKL03"), 5));       // disaster preparedness everywhere
        // README:end
    }
}
