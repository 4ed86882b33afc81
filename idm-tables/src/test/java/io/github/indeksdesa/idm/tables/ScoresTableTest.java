// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTableTest {

    static String table(VillageScores... scores) throws Exception {
        StringWriter out = new StringWriter();
        try (ScoresTableWriter writer = ScoresTableWriter.open(out, Fixtures.MODEL)) {
            for (VillageScores s : scores) {
                writer.write(s);
            }
        }
        return out.toString();
    }

    @Test
    void roundTrip() throws Exception {
        VillageScores a = Fixtures.scores();
        VillageScores b = a.withVillage(VillageCode.of("1508042002"), 2023);
        String text = table(a, b);
        assertTrue(text.startsWith("kode_desa,tahun,IKS01,IKS02,"), text);
        List<VillageScores> read = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary s = ScoresTableReader.official().read(new StringReader(text), "s.csv", read::add, rejected::add);
        assertEquals(List.of(a, b), read);
        assertEquals(2, s.rowsAccepted());
        assertEquals(List.of(), rejected);
    }

    @Test
    void badRowsAreRejectedNamingLineAndColumn() throws Exception {
        String[] lines = table(Fixtures.scores()).split("\n");
        String good = lines[1];
        String offLadder = good.replaceFirst("^(\\d+,\\d+,\\d+,)\\d", "$13");     // IKS02 Dokter = 3
        String text = lines[0] + "\n" + good + "\n" + offLadder + "\n" + good.replaceFirst("^\\d+", "64010")
                + "\n" + good.replaceFirst(",2024,", ",x,") + "\n" + good.replaceFirst(",2024,(\\d)", ",2024,9")
                + "\n" + good + ",1\n";
        List<VillageScores> read = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary s = ScoresTableReader.official().read(new StringReader(text), "s.csv", read::add, rejected::add);
        assertEquals(6, s.rowsRead());
        assertEquals(1, s.rowsAccepted());
        assertEquals(5, rejected.size(), rejected::toString);
        assertEquals("line 3", rejected.get(0).location());
        assertTrue(rejected.get(0).reason().contains("IKS02"), rejected.get(0).reason());
        assertTrue(rejected.get(1).reason().contains("kode_desa"), rejected.get(1).reason());
        assertTrue(rejected.get(2).reason().contains("tahun"), rejected.get(2).reason());
        assertTrue(rejected.get(3).reason().contains("IKS01"), rejected.get(3).reason());
        assertTrue(rejected.get(4).reason().contains("expected 52 cells"), rejected.get(4).reason());

        List<VillageScores> lenient = new ArrayList<>();
        ScoresTableReader.official().lenient().read(new StringReader(lines[0] + "\n" + offLadder + "\n"), "s.csv",
                lenient::add, r -> { });
        assertEquals(3, lenient.get(0).score("IKS02"));
    }

    @Test
    void nonAsciiDigitsAreRejected() throws Exception {
        String[] lines = table(Fixtures.scores()).split("\n");
        String good = lines[1];
        String[] bad = {
            good.replaceFirst(",2024,(\\d)", ",2024,\u0665"),          // Arabic-Indic five as IKS01
            good.replaceFirst(",2024,", ",\uFF12\uFF10\uFF12\uFF14,"),   // full-width year
            good.replaceFirst(",2024,", ",\u0662\u0660\u0662\u0664,"),   // Arabic-Indic year
            good.replaceFirst(",2024,(\\d)", ",2024,+$1")};               // a sign is no digit either
        List<VillageScores> read = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ScoresTableReader.official().read(new StringReader(lines[0] + "\n" + String.join("\n", bad) + "\n"),
                "s.csv", read::add, rejected::add);
        assertEquals(List.of(), read);
        assertEquals(4, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).reason().startsWith("IKS01: expected a whole number"), rejected.get(0).reason());
        assertTrue(rejected.get(1).reason().startsWith("tahun: expected a whole number"), rejected.get(1).reason());
        assertTrue(rejected.get(2).reason().startsWith("tahun: expected a whole number"), rejected.get(2).reason());
    }

    @Test
    void aWrongHeaderIsAnError() {
        IdmTableException e = assertThrows(IdmTableException.class, () -> ScoresTableReader.official()
                .read(new StringReader("kode_desa,tahun,IKS01,FOO\n"), "s.csv", x -> { }, x -> { }));
        assertTrue(e.getMessage().contains("unknown [FOO]"), e.getMessage());
        assertEquals("line 1", e.location());
    }
}
