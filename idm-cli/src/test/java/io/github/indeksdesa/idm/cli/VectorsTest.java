// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conformance kit holds what its README promises. */
class VectorsTest {

    private static final IdmModel MODEL = IdmModel.official();
    private final Vectors kit = new Vectors(MODEL);
    private final List<Vectors.Vector> vectors = kit.generate();

    @Test
    void everyVectorIsOnTheLaddersAndAgreesWithCoreScoring() {
        Set<String> ids = new HashSet<>();
        for (Vectors.Vector v : vectors) {
            assertTrue(ids.add(v.id()), "unique id " + v.id());
            // VillageScores validates every score against its ladder by default.
            VillageScores scores = VillageScores.of(MODEL, VillageCode.of("9901012001"), 2024, v.scores());
            Map<String, Object> expected = kit.expected(v.scores());
            assertEquals(scores.evaluate().value().gridNumerator(), expected.get("idmN"), v.id());
            assertEquals(scores.evaluate().status().officialName(), expected.get("status"), v.id());
            assertEquals(Vectors.RESULT_FIELDS, List.copyOf(expected.keySet()));
        }
        assertTrue(vectors.size() >= 300, "a few hundred vectors: " + vectors.size());
    }

    @Test
    void thresholdEdgesAreReachedOnBothSides() {
        for (long last : Vectors.EDGES) {
            Status below = null;
            Status above = null;
            int count = 0;
            for (Vectors.Vector v : vectors) {
                long n = (Long) kit.expected(v.scores()).get("idmN");
                if (v.category().equals("threshold-edge") && (n == last || n == last + 1)) {
                    count++;
                    Status s = Status.parse((String) kit.expected(v.scores()).get("status"));
                    if (n == last) {
                        below = s;
                    } else {
                        above = s;
                    }
                }
            }
            assertTrue(count >= 4, "edge " + last + ": " + count + " vectors");
            assertEquals(below.ordinal() + 1, above.ordinal(), "edge " + last + " separates two statuses");
        }
    }

    @Test
    void everyLadderLevelOfEveryIndicatorIsPresent() {
        int steps = 0;
        for (Indicator indicator : MODEL.indicators()) {
            for (int score : indicator.allowedScores()) {
                steps++;
                String id = "level-" + indicator.code() + "-" + score;
                assertTrue(vectors.stream().anyMatch(v -> v.id().equals(id) && v.scores()[MODEL.position(indicator)]
                        == score), id);
            }
        }
        assertEquals(178, steps, "the ladders have 178 steps");
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(kit.toCsv(vectors), new Vectors(MODEL).toCsv(new Vectors(MODEL).generate()));
        assertEquals(kit.toJson(vectors), new Vectors(MODEL).toJson(new Vectors(MODEL).generate()));
    }
}
