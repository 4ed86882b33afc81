// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idm compare} of an IDM 2024 input with an Indeks Desa 2025 input of the same villages. */
class CrossIndexCompareTest {

    private static final IdmModel IDM = IdmModel.official();
    private static final IndeksDesaModel ID = IndeksDesaModel.official();

    /** Writes an IDM 2024 scores table and an ID 2025 export (via the ID test's writer); returns the expected matrix. */
    private static Map<Status, Map<Status, Integer>> inputs(Path dir, int villages) throws IOException {
        Random random = new Random(2025);
        StringBuilder idm = new StringBuilder("kode_desa,tahun");
        IDM.indicators().forEach(i -> idm.append(',').append(i.code()));
        idm.append('\n');
        List<IndeksDesaScores> id = new ArrayList<>();
        Map<Status, Map<Status, Integer>> expected = new EnumMap<>(Status.class);
        for (int v = 0; v < villages; v++) {
            String code = String.format("35010100%02d", v + 1);
            int[] idmScores = new int[IDM.indicators().size()];
            int level = random.nextInt(6);
            for (int i = 0; i < idmScores.length; i++) {
                int want = level - 1 + random.nextInt(3);
                int best = IDM.indicators().get(i).lowestScore();
                for (int allowed : IDM.indicators().get(i).allowedScores()) {
                    if (allowed <= want) {
                        best = Math.max(best, allowed);
                    }
                }
                idmScores[i] = best;
            }
            VillageScores s = VillageScores.builder(IDM).villageCode(code).year(2024).scores(idmScores).build();
            idm.append(code).append(",2024");
            for (int x : idmScores) {
                idm.append(',').append(x);
            }
            idm.append('\n');
            int[] idScores = new int[ID.itemCount()];
            int idLevel = 1 + random.nextInt(5);
            for (int i = 0; i < idScores.length; i++) {
                idScores[i] = Math.min(5, Math.max(1, idLevel - 1 + random.nextInt(3)));
            }
            IndeksDesaScores t = IndeksDesaScores.of(ID, VillageCode.of(code), 2025, idScores);
            id.add(t);
            expected.computeIfAbsent(s.evaluate().status(), k -> new EnumMap<>(Status.class))
                    .merge(t.evaluate().status(), 1, Integer::sum);
        }
        Files.writeString(dir.resolve("idm-2024.csv"), idm.toString());
        IndeksDesaCommandsTest.export(dir, id);
        return expected;
    }

    @Test
    void theTableSaysTheStatusesComeFromDifferentIndices(@TempDir Path dir) throws IOException {
        Map<Status, Map<Status, Integer>> expected = inputs(dir, 12);
        Cli.Result table = Cli.run("compare", dir.resolve("idm-2024.csv").toString(),
                dir.resolve("export.csv").toString());
        assertEquals(0, table.status(), table.err());
        String first = table.out().lines().findFirst().orElse("");
        assertTrue(first.contains("different indices") && first.contains("not a time series"), first);
        assertTrue(table.out().contains("12 villages in both, 0 only in IDM 2024, 0 only in Indeks Desa 2025"),
                table.out());

        Cli.Result json = Cli.run("compare", "--format", "json", dir.resolve("idm-2024.csv").toString(),
                dir.resolve("export.csv").toString());
        assertEquals(0, json.status(), json.err());
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertTrue(node.get("differentIndices").asBoolean());
        assertEquals("IDM", node.get("fromIndex").asText());
        assertEquals("Indeks Desa", node.get("toIndex").asText());
        assertEquals(2024, node.get("fromYear").asInt());
        assertEquals(2025, node.get("toYear").asInt());
        assertEquals(12, node.get("bothIndices").asInt());
        int total = 0;
        for (Status f : Status.values()) {
            for (Status t : Status.values()) {
                int want = expected.getOrDefault(f, Map.of()).getOrDefault(t, 0);
                assertEquals(want, node.get("matrix").get(f.officialName()).get(t.officialName()).asInt(), f + "→" + t);
                total += want;
            }
        }
        assertEquals(12, total);
    }

    @Test
    void idAloneOrCsvIsRefused(@TempDir Path dir) throws IOException {
        inputs(dir, 3);
        Cli.Result alone = Cli.run("compare", dir.resolve("export.csv").toString());
        assertTrue(alone.status() != 0);
        assertTrue(alone.err().contains("needs an IDM input"), alone.err());
        Cli.Result csv = Cli.run("compare", "--format", "csv", dir.resolve("idm-2024.csv").toString(),
                dir.resolve("export.csv").toString());
        assertTrue(csv.status() != 0);
        assertTrue(csv.err().contains("table or json"), csv.err());
    }
}
