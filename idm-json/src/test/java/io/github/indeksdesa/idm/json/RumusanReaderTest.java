// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.Verifier;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RumusanReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RumusanReader READER = RumusanReader.official();

    static String mutate(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Fixtures.json());
        change.accept(root);
        return MAPPER.writeValueAsString(root);
    }

    static ObjectNode row(ObjectNode root, int i) {
        return (ObjectNode) root.get("mapData").get("ROW").get(i);
    }

    static IdmJsonException failure(String json) {
        return assertThrows(IdmJsonException.class, () -> READER.read(json, "bad.json"));
    }

    @Test
    void readsWhatTheWriterWroteAndItVerifiesClean() {
        PublishedReport report = READER.read(Fixtures.json(), "own.json");
        assertEquals(PublishedReport.of(Fixtures.report(), "own.json"), report);
        assertEquals(List.of(), Verifier.official().verify(report));
        assertEquals(Fixtures.json(), RumusanWriter.official().toJson(report));
    }

    @Test
    void theWriterUsesTheMinistryTypes() throws Exception {
        JsonNode root = MAPPER.readTree(Fixtures.json());
        JsonNode rows = root.get("mapData").get("ROW");
        assertEquals(55, rows.size());
        assertEquals(BooleanNode.FALSE, rows.get(15).get("KETERANGAN"));
        assertEquals(BooleanNode.FALSE, rows.get(15).get("KEGIATAN"));
        assertTrue(rows.get(52).get("SKOR").isIntegralNumber(), "IKL subtotal 1 is printed as the integer 1");
        assertTrue(rows.get(35).get("SKOR").isDouble());
        assertTrue(rows.get(54).get("SKOR").isTextual());
        assertTrue(rows.get(0).get("NILAI").isTextual());
        assertTrue(rows.get(35).get("NILAI").isNull());
        assertTrue(rows.get(35).get("KETERANGAN").isNull());
        assertTrue(root.get("mapData").get("SUMMARIES").get("SKOR_MINIMAL").isTextual());
        assertEquals("Skor Bidan ", rows.get(2).get("INDIKATOR").textValue());
        List<String> keys = List.of("NO", "INDIKATOR", "SKOR", "KETERANGAN", "KEGIATAN", "NILAI", "PUSAT", "PROV", "KAB",
                "DESA", "CSR", "LAINNYA", "ROW_CELL");
        assertEquals(keys, iterable(rows.get(0)));
        assertEquals(List.of("status", "error", "mapData"), iterable(root));
        assertEquals(List.of("SUMMARIES", "ROW", "IDENTITAS"), iterable(root.get("mapData")));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void acceptsTheMinistryQuirks() throws Exception {
        String json = mutate(root -> {
            row(root, 35).put("SKOR", 1);            // an integer subtotal
            row(root, 0).putNull("PUSAT");
            row(root, 1).put("KEGIATAN", false);
        });
        PublishedReport report = READER.read(json, "quirks.json");
        assertEquals(1.0, report.rows().get(35).value().getAsDouble());
        assertFalse(report.rows().get(1).activity().isPresent());
    }

    @Test
    void theErrorEnvelopeIsReportedWithItsMessage() {
        MinistryErrorException e = assertThrows(MinistryErrorException.class, () -> READER.read(
                "{\"status\":400,\"error\":true,\"message\":\"ID Desa tidak ditemukan\"}", "9999999999_2024.json"));
        assertEquals(400, e.status());
        assertEquals("ID Desa tidak ditemukan", e.ministryMessage());
        assertTrue(e.getMessage().contains("9999999999_2024.json"), e.getMessage());
    }

    @Test
    void structuralViolationsNameThePathAndWhatWasExpected() throws Exception {
        IdmJsonException e = failure(mutate(root -> row(root, 36).put("SKOR", "x")));
        assertEquals("mapData.ROW[36].SKOR", e.location());
        assertTrue(e.getMessage().contains("expected an integer"), e.getMessage());

        e = failure(mutate(root -> ((ArrayNode) root.get("mapData").get("ROW")).remove(54)));
        assertEquals("mapData.ROW", e.location());
        assertTrue(e.getMessage().contains("expected 55 elements, found 54"), e.getMessage());

        e = failure(mutate(root -> ((ArrayNode) root.get("mapData").get("IDENTITAS"))
                .add(root.get("mapData").get("IDENTITAS").get(0).deepCopy())));
        assertEquals("mapData.IDENTITAS", e.location());
        assertTrue(e.getMessage().endsWith("expected 1 element, found 2"), e.getMessage());

        e = failure(mutate(root -> row(root, 0).putNull("NILAI")));
        assertEquals("mapData.ROW[0].NILAI", e.location());
        assertTrue(e.getMessage().endsWith("expected a string, found null"), e.getMessage());

        e = failure(mutate(root -> row(root, 2).put("INDIKATOR", "Skor Bidan")));
        assertEquals("mapData.ROW[2].INDIKATOR", e.location());
        assertTrue(e.getMessage().contains("\"Skor Bidan \""), e.getMessage());

        e = failure(mutate(root -> row(root, 40).put("ROW_CELL", 49)));
        assertEquals("mapData.ROW[40].ROW_CELL", e.location());

        e = failure(mutate(root -> ((ObjectNode) root.get("mapData").get("SUMMARIES")).remove("TAHUN")));
        assertEquals("mapData.SUMMARIES.TAHUN", e.location());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());

        e = failure(mutate(root -> row(root, 35).put("SKOR", "0.5")));
        assertEquals("mapData.ROW[35].SKOR", e.location());

        e = failure("{\"status\":200");
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        e = failure("[]");
        assertEquals("$", e.location());
    }

    @Test
    void inconsistentValuesAreKeptForTheVerifier() throws Exception {
        PublishedReport report = READER.read(mutate(root -> row(root, 1).put("SKOR", 9)), "nine.json");
        assertEquals(9, report.rows().get(1).score().getAsInt());
        assertEquals("SCORE_OUT_OF_RANGE", Verifier.official().verify(report).get(0).check().name());
    }
}
