// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanExampleTest {

    private static List<String> runMain() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            PlanExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
    }

    @Test
    void printsThePlansAndTheAgencyTaskList() {
        List<String> lines = runMain();
        assertEquals("== Plans to the next status ==", lines.get(0));
        assertEquals("6401022004/2024 MAJU -> MANDIRI: 1 change(s), IDM 0.8092 -> 0.8314 (MANDIRI)", lines.get(1));
        assertTrue(lines.get(2).startsWith("  IKL03 Skor Tanggap Bencana 3 -> 4 (+0.0222) Pembangunan/Pengadaan 2 Fasilitas"),
                lines.get(2));
        assertTrue(lines.contains("6407129901/2024 TERTINGGAL -> BERKEMBANG: 2 change(s), IDM 0.5867 -> 0.5997 (BERKEMBANG)"));
        assertTrue(lines.contains(
                "6407129902/2024 SANGAT TERTINGGAL -> TERTINGGAL: 1 change(s), IDM 0.4722 -> 0.5167 (TERTINGGAL)"));

        int agencies = lines.indexOf("== Agency task list ==");
        assertTrue(agencies > 0);
        List<String> taskList = lines.subList(agencies + 1, lines.size());
        assertEquals("PUSAT BNPB: 1 task(s) in 1 village(s), IDM +0.0222", taskList.get(0));
        int dd = taskList.indexOf("DESA DD: 2 task(s) in 2 village(s), IDM +0.0333");
        assertTrue(dd > 0, String.join("\n", taskList));
        assertTrue(taskList.get(dd + 1).startsWith("  6401022004 IKL03 3 -> 4 (+0.0222) Pembangunan/Pengadaan"));
        assertTrue(taskList.get(dd + 2).startsWith("  6407129901 IKE01 3 -> 5 (+0.0111) Peningkatan Jumlah Industri"));
        assertTrue(taskList.contains("KAB DPBD: 1 task(s) in 1 village(s), IDM +0.0222"));
        assertEquals("6 regency agencies have work.", lines.get(lines.size() - 1));
    }
}
