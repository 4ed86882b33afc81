// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the Indeks Desa example on the score export the project ships in examples/data. */
class IndeksDesaExampleTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void scoresReportsAndPlansTheShippedExport() throws Exception {
        String out = ExampleRunner.run(IndeksDesaExample::main,
                ROOT.resolve("examples/data/indeks-desa-2025.csv").toString());
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("== Score (") && lines.get(0).contains("6 accepted, 0 rejected"), lines.get(0));
        // The six villages span MANDIRI to BERKEMBANG; the figures are the ones `idm score` prints.
        assertTrue(lines.contains("9901012004 2025: Skor ID 76.22 (484 points) MAJU, 22 points to MANDIRI"), out);
        assertTrue(lines.contains("9901012006 2025: Skor ID 65.83 (418 points) BERKEMBANG, 23 points to MAJU"), out);

        // The report is the weakest village's: its six dimensions sum to its points.
        int report = lines.indexOf("== Report 9901012006 ==");
        assertTrue(report > 0, out);
        int sum = 0;
        for (String line : lines.subList(report + 1, report + 7)) {
            String[] fraction = line.substring(line.lastIndexOf('/') - 4).split("/");
            sum += Integer.parseInt(fraction[0].strip());
        }
        assertEquals(418, sum);
        assertTrue(lines.get(report + 7).matches("\\d+ weak items \\(score 2 or less\\), the first 5:"), lines.get(report + 7));
        assertTrue(lines.get(report + 8).startsWith("! LD06 Kemudahan Akses menuju SMP/MTs/Sederajat terdekat di Desa: 1; "),
                lines.get(report + 8));

        // Plans: the BERKEMBANG village reaches MAJU at 441 points, the first point of MAJU.
        assertTrue(lines.contains("9901012006 BERKEMBANG -> MAJU: 6 change(s), 418 -> 441 points (MAJU)"), out);
        assertTrue(lines.contains("9901012001 MANDIRI -> MANDIRI: 0 change(s), 625 -> 625 points (MANDIRI)"), out);
        int agencies = lines.indexOf("== Regency agencies ==");
        assertTrue(agencies > 0 && lines.stream().skip(agencies).anyMatch(l -> l.startsWith("Dinas Kesehatan: ")), out);
    }
}
