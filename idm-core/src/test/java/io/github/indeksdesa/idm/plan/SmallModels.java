// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import java.util.List;
import java.util.Map;

/** Small custom models for tests that need few indicators or short ladders. */
final class SmallModels {

    private SmallModels() {
    }

    /**
     * A model with the given ladders per index, e.g. {@code {{0,3,5},{1,5}}} for two indicators.
     * Every indicator is acted on by "Dinkes" at KAB and "DD" at DESA.
     */
    static IdmModel of(String name, int[][] iks, int[][] ike, int[][] ikl) {
        IdmModel.Builder builder = IdmModel.builder(name);
        add(builder, Index.IKS, iks);
        add(builder, Index.IKE, ike);
        add(builder, Index.IKL, ikl);
        return builder.build();
    }

    private static void add(IdmModel.Builder builder, Index index, int[][] ladders) {
        for (int i = 0; i < ladders.length; i++) {
            String code = index + String.format("%02d", i + 1);
            Indicator.Builder indicator = Indicator.builder(code, index).number(i + 1).dimension("Test")
                    .label("Skor " + code).englishName(code)
                    .agencies(Agencies.of(Map.of(AgencyLevel.KAB, "Dinkes", AgencyLevel.DESA, "DD")));
            int top = ladders[i][ladders[i].length - 1];
            for (int score : ladders[i]) {
                indicator.step(score, code + " = " + score, score == top ? "-" : "Raise " + code + " from " + score);
            }
            builder.indicator(indicator.build());
        }
    }

    /** Two IKS, one IKE and one IKL indicator, ladders as in the official model's short ones. */
    static IdmModel tiny() {
        return of("tiny", new int[][] {{0, 5}, {1, 2, 3, 4, 5}}, new int[][] {{0, 3, 5}}, new int[][] {{0, 3, 4, 5}});
    }

    /** A model whose ladders stop at 3, so MAJU and MANDIRI cannot be reached. */
    static IdmModel capped() {
        return of("capped", new int[][] {{0, 3}, {1, 3}}, new int[][] {{0, 3}}, new int[][] {{0, 2, 3}});
    }

    static List<Integer> top(IdmModel model) {
        return model.indicators().stream().map(Indicator::highestScore).toList();
    }
}
