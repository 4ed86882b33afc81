// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * IndexRecovery over the 2024 national table (§7): 23 rows have a part off its grid, 4 more
 * publish an IDM 0.0001 above the exact one, and every other row's IDM and status are reproduced
 * from its three 4-decimal parts.
 */
class BulkTableRecoveryTest {

    private static final String TABLE = "data/bulk/idm-2024-national.csv.gz";
    private static final int ROWS = 75_261;
    private static final int OFF_GRID_ROWS = 23;
    private static final String KUPANG_BERSIH = "6213062003";
    /** The Papua Pegunungan rows whose IDM is the mean of the rounded parts. */
    private static final List<String> IDM_FROM_ROUNDED_PARTS = List.of("9402142001", "9402142002", "9402142008",
            "9402202004");
    private static final BigDecimal ONE_UNIT = new BigDecimal("0.0001");

    @Test
    void recoversEveryOnGridRowAndReportsTheOthers() throws IOException {
        IdmModel model = IdmModel.official();
        Map<String, EnumSet<Index>> offGrid = new TreeMap<>();
        List<String> idmMismatches = new ArrayList<>();
        List<String> statusMismatches = new ArrayList<>();
        Map<String, Status> statusByName = new HashMap<>();
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.require(TABLE))), StandardCharsets.UTF_8))) {
            List<String> header = SharedData.splitCsvLine(in.readLine());
            Map<String, Integer> column = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                column.put(header.get(i), i);
            }
            String line;
            while ((line = in.readLine()) != null) {
                rows++;
                List<String> f = SharedData.splitCsvLine(line);
                String code = f.get(column.get("KODE_DESA"));
                IndexRecovery recovery = IndexRecovery.of(model, new BigDecimal(f.get(column.get("IKS_2024"))),
                        new BigDecimal(f.get(column.get("IKE_2024"))), new BigDecimal(f.get(column.get("IKL_2024"))));
                if (!recovery.isOnGrid()) {
                    offGrid.put(code, EnumSet.copyOf(recovery.offGrid()));
                    continue;
                }
                IdmValue value = recovery.valueOrThrow();
                BigDecimal published = new BigDecimal(f.get(column.get("NILAI_IDM_2024")));
                if (value.idm().toBigDecimal().compareTo(published) != 0) {
                    idmMismatches.add(code);
                    assertEquals(0, value.idm().toBigDecimal().add(ONE_UNIT).compareTo(published), code);
                }
                Status status = statusByName.computeIfAbsent(f.get(column.get("STATUS_IDM_2024")), Status::parse);
                if (value.status() != status) {
                    statusMismatches.add(code);
                }
            }
        }
        assertEquals(ROWS, rows);
        assertEquals(OFF_GRID_ROWS, offGrid.size(), offGrid.toString());
        assertEquals(EnumSet.of(Index.IKE, Index.IKL), offGrid.get(KUPANG_BERSIH));
        assertEquals(IDM_FROM_ROUNDED_PARTS, idmMismatches);
        assertEquals(List.of(), statusMismatches);
    }
}
