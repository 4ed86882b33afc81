// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped model resource is exactly what the generator makes of the ministry's items table. */
class IndeksDesaResourceTest {

    @Test
    void resourceIsGeneratedFromTheItemsTable() throws IOException {
        Path table = SharedData.require(IndeksDesaResourceGenerator.ITEMS_TABLE);
        String shipped;
        try (InputStream in = IndeksDesaModel.class.getResourceAsStream("indeks-desa-2025.tsv")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(IndeksDesaResourceGenerator.generate(table), shipped,
                "the resource differs from the items table; regenerate it with IndeksDesaResourceGenerator.main");
    }
}
