// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Indeks Desa conformance kit holds what conformance/README.md promises, and is the shipped one. */
class IndeksDesaVectorsTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();
    private final IndeksDesaVectors kit = new IndeksDesaVectors(MODEL);
    private final List<Vectors.Vector> vectors = kit.generate();

    private int points(Vectors.Vector v) {
        return (Integer) kit.expected(v.scores()).get("points");
    }

    @Test
    void theEdgesAreTheOfficialOnes() {
        assertEquals(List.of(314, 364, 440, 505), kit.edges());
    }

    @Test
    void everyEdgeIsReachedSeveralWaysOnBothSides() {
        for (int last : kit.edges()) {
            for (int p : new int[] {last, last + 1}) {
                Set<String> ways = new HashSet<>();
                for (Vectors.Vector v : vectors) {
                    if (v.category().equals("status-edge") && points(v) == p) {
                        assertEquals(p, Arrays.stream(v.scores()).sum(), v.id());
                        ways.add(Arrays.toString(v.scores()));
                    }
                }
                assertEquals(3, ways.size(), "distinct vectors at " + p);
            }
            Status below = MODEL.status(last);
            Status above = MODEL.status(last + 1);
            assertEquals(below.ordinal() + 1, above.ordinal(), "edge " + last);
        }
    }

    @Test
    void extremesAndIdsAndScores() {
        assertTrue(vectors.stream().anyMatch(v -> points(v) == 127 && v.id().equals("all-minimum")));
        assertTrue(vectors.stream().anyMatch(v -> points(v) == 635 && v.id().equals("all-maximum")));
        Set<String> ids = new HashSet<>();
        for (Vectors.Vector v : vectors) {
            assertTrue(ids.add(v.id()), "unique id " + v.id());
            assertEquals(127, v.scores().length);
            assertTrue(Arrays.stream(v.scores()).allMatch(s -> s >= 1 && s <= 5), v.id());
            assertEquals(IndeksDesaVectors.RESULT_FIELDS, List.copyOf(kit.expected(v.scores()).keySet()));
        }
        assertEquals(2 + 6 + 24 + 127 + IndeksDesaVectors.RANDOM_COUNT, vectors.size());
    }

    @Test
    void theCommandWritesTheShippedKitIdentically(@TempDir Path dir) throws IOException {
        Cli.Result result = Cli.run("vectors", "--index", "id", "--out", dir.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("259 vectors written"), result.out());
        for (String name : new String[] {VectorsCommand.ID_JSON_FILE, VectorsCommand.ID_CSV_FILE}) {
            assertEquals(Files.readString(Cli.ROOT.resolve("conformance").resolve(name)),
                    Files.readString(dir.resolve(name)), name + " differs from what idm vectors --index id writes");
        }
        assertEquals(kit.toCsv(vectors), new IndeksDesaVectors(MODEL).toCsv(new IndeksDesaVectors(MODEL).generate()));
    }
}
