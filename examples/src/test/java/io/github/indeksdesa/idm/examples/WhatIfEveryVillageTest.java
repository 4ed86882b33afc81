// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.tables.ScoresTableReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhatIfEveryVillageTest {

    private static final Path SCORES = Path.of(System.getProperty("user.dir")).getParent()
            .resolve("examples/data/scores.csv");

    @Test
    void countsAndWhatIfAgreeWithThePerVillageApi() throws Exception {
        String out = ExampleRunner.run(WhatIfEveryVillage::main, SCORES.toString());

        // The same table, village by village through the object API.
        IdmModel model = IdmModel.official();
        List<VillageScores> villages = new ArrayList<>();
        ScoresTableReader.of(model).read(SCORES, villages::add, rejected -> {
            throw new AssertionError(rejected.toString());
        });
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        long changed = 0;
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        for (VillageScores village : villages) {
            Status before = village.evaluate().status();
            counts.merge(before, 1L, Long::sum);
            Status after = village.withScore(model.indicator("IKL03"), 5).evaluate().status();
            changed += before == after ? 0 : 1;
        }
        List<String> lines = out.lines().toList();
        assertEquals(counts.toString(), lines.get(0));
        assertEquals("IKL03=5: " + changed + " changed", lines.get(1).split(";")[0]);
    }
}
