// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.VillageIdentity;

/** Reports of the project's own, made by its own code, for tests that must not need ../shared. */
final class Fixtures {

    static final IdmModel MODEL = IdmModel.official();

    private Fixtures() {
    }

    /**
     * Scores that exercise the quirks: IKS16 at 0 (KETERANGAN and KEGIATAN false), IKL all at the top
     * (the IKL subtotal is the integer 1), the rest mixed over each ladder.
     */
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

    static MinistryReport report() {
        return MinistryReport.of(scores().evaluate(),
                VillageIdentity.of(VillageCode.of("6401022004"), "DESA CONTOH", "KECAMATAN CONTOH", "KABUPATEN CONTOH",
                        "PROVINSI CONTOH"));
    }

    static String json() {
        return RumusanWriter.official().toJson(report());
    }
}
