// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.ReportRow;
import io.github.indeksdesa.idm.report.RowKind;
import java.math.RoundingMode;

/**
 * Scores one village (Keladen, Paser, East Kalimantan, data year 2024) and prints its IDM, status,
 * target and gap, then the indicators of its ministry report that still have something to gain.
 */
public final class ScoreVillage {

    private ScoreVillage() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README:begin
        VillageScores scores = VillageScores.of(IdmModel.official(), VillageCode.of("6401022004"), 2024,
                5, 0, 5, 2, 4, 5, 5, 5, 5, 1, 5, 5, 5, 5, 5, 5, 5, 4, 3, 5, 5, 5, 5, 5, 5, 5, 3, 1, 0, 1, 1, 5, 4, 5, 5,
                5, 5, 5, 5, 5, 5, 5, 2, 5, 1, 3, 4,    // the 12 IKE scores
                5, 4, 3);                              // the 3 IKL scores
        VillageResult result = scores.evaluate();
        System.out.println("IDM    " + result.idm().toBigDecimal() + " = " + result.value().gridNumerator() + "/6300");
        System.out.println("Status " + result.status() + " -> target " + result.targetStatus());
        System.out.println("Needs  " + result.minimumScore() + ", gap " + result.gap().toBigDecimal(6, RoundingMode.HALF_UP));
        // README:end

        MinistryReport report = MinistryReport.of(result);
        System.out.println();
        System.out.println("Indicators below 5, with the IDM each would add at 5 (NILAI):");
        for (ReportRow row : report.rows()) {
            if (row.kind() == RowKind.INDICATOR && row.score().getAsInt() < 5) {
                System.out.printf("  %-6s %-34s %d  +%s  %s%n", row.indicator().orElseThrow().code(), row.label().strip(),
                        row.score().getAsInt(), row.gainText().orElseThrow(), row.activity().orElse(""));
            }
        }
    }
}
