// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;

/** Villages of the project's own, made by its own code, for tests that must not need ../shared. */
final class Fixtures {

    static final IdmModel MODEL = IdmModel.official();

    private Fixtures() {
    }

    /** Scores spread over each ladder, IKS16 at 0 and IKL all at the top. */
    static VillageScores scores() {
        int[] s = new int[MODEL.indicatorCount()];
        for (int i = 0; i < s.length; i++) {
            Indicator indicator = MODEL.indicators().get(i);
            var allowed = indicator.allowedScores();
            s[i] = indicator.index().name().equals("IKL") ? indicator.highestScore() : allowed.get(i % allowed.size());
        }
        s[15] = 0;
        return VillageScores.of(MODEL, VillageCode.of("6401022004"), 2024, s);
    }
}
