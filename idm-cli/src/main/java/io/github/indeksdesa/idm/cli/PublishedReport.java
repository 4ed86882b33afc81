package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A ministry rumusan report as read: the 50 scores beside every published value, so that both can
 * be recomputed and verified. Texts are null where the ministry wrote {@code false} or null.
 *
 * @param source the source name
 * @param identity IDENTITAS
 * @param year SUMMARIES.TAHUN
 * @param scores the 50 indicator scores in ministry order
 * @param subtotals the published IKS, IKE and IKL subtotal rows
 * @param idmRow the published IDM row
 * @param statusRow the published status row text (title case)
 * @param currentScore SUMMARIES.SKOR_SAAT_INI
 * @param status SUMMARIES.STATUS
 * @param targetStatus SUMMARIES.TARGET_STATUS
 * @param minimumScore SUMMARIES.SKOR_MINIMAL
 * @param gap SUMMARIES.PENAMBAHAN
 * @param rows the 50 indicator rows as published
 */
record PublishedReport(String source, VillageIdentity identity, int year, int[] scores, BigDecimal[] subtotals,
        BigDecimal idmRow, String statusRow, BigDecimal currentScore, String status, String targetStatus,
        String minimumScore, BigDecimal gap, List<Row> rows) {

    /**
     * One published indicator row.
     *
     * @param rowIndex the index in ROW
     * @param label INDIKATOR
     * @param gain NILAI
     * @param meaning KETERANGAN, or null
     * @param activity KEGIATAN, or null
     * @param agencies the six agency columns, null values absent
     */
    record Row(int rowIndex, String label, String gain, String meaning, String activity,
            Map<AgencyLevel, String> agencies) {
    }

    /** Returns the scores as a value; lenient accepts any 0..5. */
    VillageScores villageScores(IdmModel model, boolean lenient) {
        VillageScores.Builder builder = VillageScores.builder(model).villageCode(identity.villageCode()).year(year)
                .scores(scores);
        if (lenient) {
            builder.validation(ScoreValidation.RANGE);
        }
        return builder.build();
    }
}
