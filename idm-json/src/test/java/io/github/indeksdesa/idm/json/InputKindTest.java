package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindTest {

    @Test
    void tellsTheKindsApartByContent(@TempDir Path dir) throws Exception {
        assertEquals(InputKind.RUMUSAN_JSON, InputKind.detect(Files.writeString(dir.resolve("a.txt"),
                "\n  " + Fixtures.json())));
        String scores = ScoresTableTest.table(Fixtures.scores());
        assertEquals(InputKind.SCORES_TABLE, InputKind.detect(Files.writeString(dir.resolve("b.csv"), scores)));
        Path gz = dir.resolve("c.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(scores.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(InputKind.SCORES_TABLE, InputKind.detect(gz));
        assertEquals(InputKind.BULK_TABLE, InputKind.detect(Files.writeString(dir.resolve("d.csv"),
                "\uFEFFKODE_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n")));
        assertEquals(InputKind.BULK_TABLE, InputKind.detect(Files.write(dir.resolve("e.xlsx"),
                XlsxTest.workbook(java.util.Map.of("xl/worksheets/sheet1.xml", "<worksheet/>")))));
        assertThrows(IdmJsonException.class, () -> InputKind.detect(Files.writeString(dir.resolve("f"), "\n\n")));
    }
}
