// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.WorkedExample;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed readings of published data beside its published text, and the way back to scores. */
class PublishedReportTypedTest {

    private static final IdmModel MODEL = IdmModel.official();
    private final VillageResult keladen = WorkedExample.KELADEN.result();
    private final PublishedReport published = PublishedReport.of(MinistryReport.of(keladen,
            VillageIdentity.of(keladen.villageCode(), "KELADEN", "JEMPANG", "KUTAI BARAT", "KALIMANTAN TIMUR")),
            "keladen.json");

    @Test
    void typedAccessorsBesideThePublishedText() {
        assertEquals("6401022004", published.villageCode());
        assertEquals(Optional.of(VillageCode.of("6401022004")), published.parsedVillageCode());
        assertEquals("MAJU", published.status());
        assertEquals(Optional.of(Status.MAJU), published.parsedStatus());
        assertEquals(Optional.of(Status.MANDIRI), published.parsedTargetStatus());
    }

    @Test
    void malformedTextGivesEmptyReadingsAndANamedError() {
        PublishedReport bad = builderLike().identity(null, null, null, null, null, null, "64010220", null)
                .status("HAMPIR MAJU").build();
        assertEquals(Optional.empty(), bad.parsedVillageCode());
        assertEquals(Optional.empty(), bad.parsedStatus());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bad.villageScores(MODEL));
        assertEquals("bad.json: IDENTITAS.id_desa: expected a 10-digit village code, found \"64010220\"",
                e.getMessage());
    }

    @Test
    void oneCallToTheScoresAndBack() {
        assertEquals(keladen.scores(), published.villageScores(MODEL));
        MinistryReport rescored = published.rescore(MODEL);
        assertEquals(keladen, rescored.result());
        assertEquals(Optional.of("KELADEN"), rescored.identity().villageName());
        assertEquals(Optional.of("KALIMANTAN TIMUR"), rescored.identity().provinceName());
    }

    @Test
    void publishedRowsReadTyped() {
        PublishedRow row = PublishedRow.of(keladen, VillageIdentity.of(keladen.villageCode()), "t.csv", "line 2");
        assertEquals(Optional.of(Status.MAJU), row.parsedStatus());
        assertEquals(Optional.of(keladen.villageCode()), row.parsedVillageCode());
        assertTrue(PublishedRow.builder("t.csv", "line 3", "x", 2024).status("?").build().parsedStatus().isEmpty());
    }

    private PublishedReport.Builder builderLike() {
        PublishedReport.Builder b = PublishedReport.builder("bad.json").year(2024).currentScore(0.5)
                .targetStatus("MAJU").minimumScore("0.7073").gap(0.2);
        return b;
    }
}
