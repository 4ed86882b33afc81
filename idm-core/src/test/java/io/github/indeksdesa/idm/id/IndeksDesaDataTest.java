package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.Status;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 10,733 real villages of the 2025 score export, scored by the official edition. */
class IndeksDesaDataTest {

    @Test
    void fiveProvincesGiveThePublishedStatusCounts() throws IOException {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int[] range = {Integer.MAX_VALUE, 0};
        int villages = RealScores.forEach(IndeksDesaModel.official(), scores -> {
            IndeksDesaResult result = scores.evaluate();
            counts.merge(result.status(), 1, Integer::sum);
            range[0] = Math.min(range[0], result.points());
            range[1] = Math.max(range[1], result.points());
        });
        assertEquals(10_733, villages);
        assertEquals(Map.of(Status.MANDIRI, 3492, Status.MAJU, 4698, Status.BERKEMBANG, 2494, Status.TERTINGGAL, 47,
                Status.SANGAT_TERTINGGAL, 2), counts);
        assertEquals(272, range[0]);
        assertEquals(626, range[1]);
    }
}
