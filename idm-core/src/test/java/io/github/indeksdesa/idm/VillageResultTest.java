// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VillageResultTest {

    private static final IdmModel MODEL = IdmModel.official();
    /** One IKS point is 1/525 of IDM, one IKE point 1/180, one IKL point 1/45 (§5). */
    private static final Fraction IKS_POINT = Fraction.of(1, 525);
    private static final Fraction IKE_POINT = Fraction.of(1, 180);
    private static final Fraction IKL_POINT = Fraction.of(1, 45);

    private final VillageResult keladen = WorkedExample.KELADEN.result();

    @Test
    void delegatesToItsScoresAndValue() {
        assertEquals(WorkedExample.KELADEN.villageScores(), keladen.scores());
        assertEquals(MODEL, keladen.model());
        assertEquals(VillageCode.of("6401022004"), keladen.villageCode());
        assertEquals(2024, keladen.year());
        assertEquals(IdmValue.ofSums(MODEL, 139, 50, 12), keladen.value());
        assertEquals(Fraction.of(139, 175), keladen.iks());
        assertEquals(Fraction.of(50, 60), keladen.ike());
        assertEquals(Fraction.of(12, 15), keladen.ikl());
        assertEquals(keladen.ikl(), keladen.index(Index.IKL));
        assertEquals(Fraction.of(5098, 6300), keladen.idm());
        assertEquals(Status.MAJU, keladen.status());
        assertEquals(Status.MANDIRI, keladen.targetStatus());
        assertEquals(new BigDecimal("0.8156"), keladen.minimumScore());
        assertEquals(Fraction.of(1007, 157500), keladen.gap());
        assertEquals("VillageResult[6401022004/2024 " + keladen.value() + "]", keladen.toString());
    }

    @Test
    void gainIsTheMinistrysNilai() {
        // Dokter 0: (5 − 0) / (5·35) / 3 = 1/105 = "0.00952381".
        assertEquals(Fraction.of(1, 105), keladen.gain("IKS02"));
        assertEquals(IKS_POINT.times(5), keladen.gain(MODEL.indicator("IKS02")));
        assertEquals(Fraction.ZERO, keladen.gain("IKS01"));
        // IKE08 is 2: three IKE points.
        assertEquals(IKE_POINT.times(3), keladen.gain("IKE08"));
        // Tanggap Bencana (IKL03) is 3: two IKL points.
        assertEquals(IKL_POINT.times(2), keladen.gain("IKL03"));
        List<Fraction> gains = keladen.gains();
        assertEquals(50, gains.size());
        for (int i = 0; i < gains.size(); i++) {
            assertEquals(keladen.gain(MODEL.indicators().get(i)), gains.get(i));
        }
        assertThrows(UnsupportedOperationException.class, () -> gains.set(0, Fraction.ONE));
    }

    @Test
    void dimensionSubIndices() {
        // Kesehatan is IKS01..IKS07: 5, 0, 5, 2, 4, 5, 5 = 26 of 35.
        assertEquals(Fraction.of(26, 35), keladen.dimension("Kesehatan"));
        assertEquals(keladen.ike(), keladen.dimension("Ekonomi"));
        assertEquals(keladen.ikl(), keladen.dimension("Ekologi"));
        Map<String, Fraction> all = keladen.dimensions();
        assertEquals(List.of("Kesehatan", "Pendidikan", "Modal Sosial", "Permukiman", "Ekonomi", "Ekologi"),
                List.copyOf(all.keySet()));
        assertEquals(Fraction.of(26, 35), all.get("Kesehatan"));
        // The IKS dimensions add up to ΣIKS.
        long iks = 0;
        for (String d : List.of("Kesehatan", "Pendidikan", "Modal Sosial", "Permukiman")) {
            iks += all.get(d).times(5L * MODEL.dimensions().get(d).size()).longValue();
        }
        assertEquals(139, iks);
        assertThrows(UnsupportedOperationException.class, () -> all.clear());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> keladen.dimension("Health"));
        assertEquals("dimension: unknown \"Health\"; known: [Kesehatan, Pendidikan, Modal Sosial, Permukiman, Ekonomi, "
                + "Ekologi]", e.getMessage());
    }

    @Test
    void unknownIndicatorsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> keladen.gain("IKS36"));
        assertThrows(IllegalArgumentException.class, () -> keladen.gain(IdmModelBuilderTest.indicator("IKS02", Index.IKS, 2)));
    }

    @Test
    void equality() {
        assertEquals(keladen, WorkedExample.KELADEN.result());
        assertEquals(keladen.hashCode(), WorkedExample.KELADEN.result().hashCode());
        assertNotEquals(keladen, WorkedExample.RANTAU_IKIL.result());
        assertNotEquals(keladen, (Object) keladen.value());
        assertTrue(keladen.equals(keladen.scores().evaluate()));
    }

    @Test
    void nullsAreRejectedByName() {
        assertEquals("indicator", assertThrows(NullPointerException.class, () -> keladen.gain((Indicator) null))
                .getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> keladen.gain((String) null)).getMessage());
        assertEquals("dimension", assertThrows(NullPointerException.class, () -> keladen.dimension(null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> keladen.index(null)).getMessage());
    }
}
