// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report the project ships as a fixture (src/test/resources) is exactly what the writer makes
 * of {@link Fixtures#report()}. Regenerate it with {@code -Didm.regenerate=true}.
 */
class OwnFixtureTest {

    static final String RESOURCE = "rumusan-6401022004-2024.json";

    @Test
    void theShippedReportIsWhatTheWriterWrites() throws IOException {
        String written = Fixtures.json() + "\n";
        if (Boolean.getBoolean("idm.regenerate")) {
            Files.writeString(Paths.get("src/test/resources/io/github/indeksdesa/idm/json", RESOURCE), written);
        }
        String shipped;
        try (InputStream in = OwnFixtureTest.class.getResourceAsStream(RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(written, shipped);
        PublishedReport report = RumusanReader.official().read(shipped, RESOURCE);
        assertEquals(List.of(), Verifier.official().verify(report));
    }

    @Test
    void aShippedReportReadsFromAFile() throws Exception {
        Path file = Paths.get(OwnFixtureTest.class.getResource(RESOURCE).toURI());
        PublishedReport report = RumusanReader.official().read(file);
        assertEquals("6401022004", report.villageCode());
        assertEquals(2024, report.year());
        assertEquals(file.toString(), report.source());
    }
}
