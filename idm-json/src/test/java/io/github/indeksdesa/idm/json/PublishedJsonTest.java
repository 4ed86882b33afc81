// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.verify.PublishedReport;
import org.junit.jupiter.api.Test;

/** Jackson writes a published report as the ministry's JSON, and names travel through a rescoring. */
class PublishedJsonTest {

    private final PublishedReport published = RumusanReader.official().read(Fixtures.json(), "contoh.json");

    @Test
    void jacksonWritesAPublishedReportAsTheRumusanWriterDoes() throws Exception {
        String json = IdmModuleTest.MAPPER.writeValueAsString(published);
        assertEquals(IdmModuleTest.MAPPER.readTree(RumusanWriter.official().toJson(published)),
                IdmModuleTest.MAPPER.readTree(json));
        assertEquals(published, RumusanReader.official().read(json, "contoh.json"));
        assertEquals("DESA CONTOH", IdmModuleTest.MAPPER.readTree(json).at("/mapData/IDENTITAS/0/nama_desa").asText());
    }

    @Test
    void aRescoredReportKeepsThePublishedNames() throws Exception {
        MinistryReport rescored = published.rescore(IdmModel.official());
        JsonNode identity = IdmModuleTest.MAPPER.readTree(IdmModuleTest.MAPPER.writeValueAsString(rescored))
                .get("identity");
        assertEquals("DESA CONTOH", identity.get("namaDesa").asText(), identity.toString());
        assertEquals("PROVINSI CONTOH", identity.get("namaProvinsi").asText(), identity.toString());
        assertEquals(Fixtures.report(), rescored);
    }
}
