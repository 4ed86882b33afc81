// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.tables.DimensionTableWriter;
import io.github.indeksdesa.idm.tables.IndeksDesaExportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on Indeks Desa inputs: edition told from the header or forced, score, verify, summary, catalog. */
class IndeksDesaCommandsTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();

    private static List<IndeksDesaScores> villages(int n) {
        Random random = new Random(42);
        List<IndeksDesaScores> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int[] scores = new int[MODEL.itemCount()];
            for (int i = 0; i < scores.length; i++) {
                List<Integer> observed = MODEL.items().get(i).observedScores();
                scores[i] = observed.get(random.nextInt(observed.size()));
            }
            out.add(IndeksDesaScores.of(MODEL, VillageCode.of(String.format("35010100%02d", v + 1)), 2025, scores));
        }
        return out;
    }

    static Path export(Path dir, List<IndeksDesaScores> villages) throws IOException {
        Path file = dir.resolve("export.csv");
        try (IndeksDesaExportWriter w = IndeksDesaExportWriter.open(Files.newBufferedWriter(file), MODEL)) {
            villages.forEach(s -> w.write(s, VillageIdentity.of(s.villageCode(), "DESA", "KEC", "KAB", "JAWA TIMUR")));
        }
        return file;
    }

    @Test
    void scoreNdjsonGivesOneObjectPerVillageFromItemsOrFromDimensionSums(@TempDir Path dir) throws IOException {
        List<IndeksDesaScores> villages = villages(5);
        Path file = export(dir, villages);
        Cli.Result result = Cli.run("score", "--format", "ndjson", file.toString());
        assertEquals(0, result.status(), result.err());
        List<JsonNode> lines = Cli.jsonLines(result.out());
        assertEquals(5, lines.size());
        for (int v = 0; v < 5; v++) {
            IndeksDesaResult r = villages.get(v).evaluate();
            JsonNode o = lines.get(v);
            assertEquals(r.villageCode().value(), o.get("kodeDesa").asText());
            assertEquals(2025, o.get("tahun").asInt());
            assertEquals(r.points(), o.get("points").asInt());
            assertEquals(r.skorId().toPublishedString(), o.get("skor").asText());
            assertTrue(o.get("skor").isTextual());
            assertEquals(r.status().officialName(), o.get("status").asText());
            assertEquals(r.targetStatus().officialName(), o.get("targetStatus").asText());
            assertEquals(r.pointsToTarget(), o.get("pointsToTarget").asInt());
            for (Dimension d : Dimension.values()) {
                assertEquals(r.points(d), o.get("dimensions").get(d.code()).asInt());
            }
        }
        Path dims = dir.resolve("dims.csv");
        try (DimensionTableWriter w = DimensionTableWriter.open(Files.newBufferedWriter(dims))) {
            villages.forEach(s -> w.write(s.evaluate(), VillageIdentity.of(s.villageCode())));
        }
        Cli.Result fromSums = Cli.run("score", "--format", "ndjson", dims.toString());
        assertEquals(0, fromSums.status(), fromSums.err());
        assertEquals(result.out().replace(file.toString(), "F"), fromSums.out().replace(dims.toString(), "F"));
    }

    @Test
    void verifyListsFindingsAndExitsOneOnlyWhenSomethingIsFound(@TempDir Path dir) throws IOException {
        Path file = export(dir, villages(3));
        Cli.Result clean = Cli.run("verify", "--format", "ndjson", file.toString());
        assertEquals(0, clean.status(), clean.err() + clean.out());
        assertEquals("", clean.out());
        Path dims = dir.resolve("dims.csv");
        Files.writeString(dims, "kode_desa,tahun,LD,SO,EK,LI,AK,TK,skor_id,status_id\n"
                + "3501010001,2025,150,70,130,60,40,60,50.00,MAJU\n");
        Cli.Result found = Cli.run("verify", "--format", "ndjson", dims.toString());
        assertEquals(1, found.status(), found.err());
        List<JsonNode> findings = Cli.jsonLines(found.out());
        // 510 points: Skor ID 80.31, MANDIRI
        assertTrue(findings.stream().anyMatch(f -> f.get("check").asText().equals("SKOR_ID_MISMATCH")
                && f.get("published").asText().equals("50.00") && f.get("expected").asText().equals("80.31")
                && f.get("kodeDesa").asText().equals("3501010001")), found.out());
        assertTrue(findings.stream().anyMatch(f -> f.get("published").asText().equals("MAJU")
                && f.get("expected").asText().equals("MANDIRI")), found.out());
    }

    @Test
    void aForcedEditionTheInputDoesNotHoldIsAnError(@TempDir Path dir) throws IOException {
        Path file = export(dir, villages(1));
        Cli.Result result = Cli.run("score", "--index", "idm", file.toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("--index idm: expected IDM data, found an Indeks Desa score export"),
                result.err());
        Path scores = dir.resolve("scores.csv");
        Files.writeString(scores, "kode_desa,tahun,IKS01\n");
        Cli.Result forced = Cli.run("summary", "--index", "id", scores.toString());
        assertEquals(2, forced.status());
        assertTrue(forced.err().contains("--index id: expected an Indeks Desa score export or dimension table"),
                forced.err());
    }

    @Test
    void catalogListsThe127ItemsCodeFirst() {
        Cli.Result result = Cli.run("catalog", "--index", "id", "--format", "csv");
        assertEquals(0, result.status(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(128, lines.size());
        assertTrue(lines.get(0).startsWith("code,dimension,"));
        Item first = MODEL.items().get(0);
        assertTrue(lines.get(1).startsWith(first.code() + ",LD,"), lines.get(1));
        assertTrue(lines.get(127).startsWith("TK16,TK,"), lines.get(127));
    }

    /** The done-when figures: all 10,733 villages of the real 2025 export, statuses as the ministry's formula gives. */
    @Test
    void realExportSummaryGivesThePublishedCounts() {
        Path file = SharedDataTest.shared("data/indeks-desa-2025/skor-2025-5prov.csv.gz");
        Cli.Result summary = Cli.run("summary", "--format", "csv", file.toString());
        assertEquals(0, summary.status(), summary.err());
        List<String> rows = summary.out().lines().toList();
        String total = rows.get(rows.size() - 1);
        assertTrue(total.startsWith("2025,provinsi,TOTAL,,2,47,2494,4698,3492,10733,"), total);
        Cli.Result score = Cli.run("score", "--format", "csv", file.toString());
        assertEquals(0, score.status(), score.err());
        assertEquals(1 + 10_733, score.out().lines().count());
    }
}
