// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The national 2024 bulk table: every row read, and exactly the 27 inconsistent rows of spec §7 found. */
class BulkConformanceTest {

    @Test
    void theNationalTableIsReadAndOnlyTheKnown27RowsAreInconsistent() {
        Path table = SharedData.require("data/bulk/idm-2024-national.csv.gz");
        Verifier verifier = Verifier.official();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, List<Finding>> byVillage = new TreeMap<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        ReadSummary summary = BulkTableReader.official().read(table, row -> {
            counts.merge(Status.parse(row.status()), 1, Integer::sum);
            List<Finding> findings = verifier.verify(row);
            if (!findings.isEmpty()) {
                byVillage.put(row.villageCode(), findings);
            }
        }, rejected::add);
        assertEquals(List.of(), rejected);
        assertEquals(75_261, summary.rowsRead());
        assertEquals(75_261, summary.rowsAccepted());
        assertEquals(0, summary.rowsRejected());
        assertEquals(List.of(2024), summary.years());
        assertEquals(Map.of(Status.MANDIRI, 17_203, Status.MAJU, 23_063, Status.BERKEMBANG, 24_532,
                Status.TERTINGGAL, 6_100, Status.SANGAT_TERTINGGAL, 4_363), counts);

        Set<String> offGrid = new TreeSet<>();
        Set<String> notMean = new TreeSet<>();
        byVillage.forEach((code, findings) -> {
            if (findings.stream().anyMatch(f -> f.check() == Check.PART_OFF_GRID)) {
                offGrid.add(code);
            } else {
                assertEquals(1, findings.size(), findings::toString);
                assertEquals(Check.IDM_NOT_MEAN, findings.get(0).check());
                notMean.add(code);
            }
        });
        assertEquals(27, byVillage.size(), byVillage::toString);
        assertEquals(23, offGrid.size(), offGrid::toString);
        assertEquals(4, notMean.size(), notMean::toString);
        assertTrue(notMean.stream().allMatch(code -> code.startsWith("94")), notMean::toString);
        // Kupang Bersih: published BERKEMBANG with IDM 0.741, which the thresholds make MAJU.
        List<Finding> kupang = byVillage.get("6213062003");
        assertTrue(kupang.stream().anyMatch(f -> f.check() == Check.STATUS_NOT_MATCHING_IDM
                && f.published().equals("BERKEMBANG") && f.expected().equals("MAJU") && f.statusChanged()),
                kupang::toString);
    }
}
