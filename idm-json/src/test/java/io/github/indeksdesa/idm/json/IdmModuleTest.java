// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdmModuleTest {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IdmModule());

    @Test
    void findAndRegisterModulesFindsIt() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertTrue(found.getRegisteredModuleIds().contains(new IdmModule().getTypeId()), () -> found
                .getRegisteredModuleIds().toString());
        assertEquals("\"SANGAT TERTINGGAL\"", found.writeValueAsString(Status.SANGAT_TERTINGGAL));
    }

    @Test
    void fractionsStayExact() throws Exception {
        Fraction idm = Fraction.of(5098, 6300);
        String json = MAPPER.writeValueAsString(idm);
        assertEquals("{\"fraction\":\"2549/3150\",\"value\":0.8092063492063492}", json);
        assertEquals(idm, MAPPER.readValue(json, Fraction.class));
        assertEquals(idm, MAPPER.readValue("\"5098/6300\"", Fraction.class));
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue("{\"fraction\":\"2549/3150\",\"value\":0.8}", Fraction.class));
        assertTrue(e.getMessage().contains("not the double"), e.getMessage());
    }

    @Test
    void everyCoreValueRoundTrips() throws Exception {
        VillageScores scores = Fixtures.scores();
        VillageResult result = scores.evaluate();
        MinistryReport report = Fixtures.report();
        Finding finding = Finding.of("a.json", "6401022004", 2024, Check.GAP_MISMATCH,
                "mapData.SUMMARIES.PENAMBAHAN", "0.1", "0.2", true);
        assertEquals(scores, MAPPER.readValue(MAPPER.writeValueAsString(scores), VillageScores.class));
        assertEquals(result, MAPPER.readValue(MAPPER.writeValueAsString(result), VillageResult.class));
        assertEquals(report, MAPPER.readValue(MAPPER.writeValueAsString(report), MinistryReport.class));
        assertEquals(finding, MAPPER.readValue(MAPPER.writeValueAsString(finding), Finding.class));
        assertEquals(VillageCode.of("6401022004"), MAPPER.readValue("\"6401022004\"", VillageCode.class));
        assertEquals(Status.MAJU, MAPPER.readValue("\"Maju\"", Status.class));
        IdmModel model = IdmModel.official();
        String modelJson = MAPPER.writeValueAsString(model);
        assertEquals(model, MAPPER.readValue(modelJson, IdmModel.class));
        assertEquals(50, MAPPER.readTree(modelJson).get("indicators").size());
        VillageScores lenient = VillageScores.builder(model).villageCode("6401022004").year(2024).lenient()
                .scores(scores.withScore(model.indicator("IKS02"), 5).toArray()).score("IKS02", 3).build();
        assertEquals(lenient, MAPPER.readValue(MAPPER.writeValueAsString(lenient), VillageScores.class));
    }

    @Test
    void theResultCarriesEveryDerivedValue() throws Exception {
        JsonNode node = MAPPER.valueToTree(Fixtures.scores().evaluate());
        assertEquals("MAJU", node.get("status").textValue());
        assertEquals("0.8156", node.get("minimumScore").textValue());
        assertEquals(4618, node.get("gridNumerator").intValue());
        assertEquals("4618/6300", Fraction.parse(node.get("idm").get("fraction").textValue()).numeratorOver(6300)
                + "/6300");
        assertEquals(50, node.get("scores").size());
        assertEquals(50, node.get("gains").size());
    }

    @Test
    void derivedValuesThatDisagreeWithTheScoresAreRejectedNamingTheField() throws Exception {
        ObjectNode node = MAPPER.valueToTree(Fixtures.scores().evaluate());
        node.put("status", "MANDIRI");
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.treeToValue(node, VillageResult.class));
        assertTrue(e.getMessage().contains("status: MANDIRI is not the scores' MAJU"), e.getMessage());

        ObjectNode scores = MAPPER.valueToTree(Fixtures.scores());
        ((ObjectNode) scores.get("scores")).put("IKS02", 3);
        e = assertThrows(MismatchedInputException.class, () -> MAPPER.treeToValue(scores, VillageScores.class));
        assertTrue(e.getMessage().contains("IKS02"), e.getMessage());
        ((ObjectNode) scores.get("scores")).remove("IKS02");
        assertThrows(MismatchedInputException.class, () -> MAPPER.treeToValue(scores, VillageScores.class));

        MismatchedInputException wrapped = assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(
                "[{\"kodeDesa\":\"1\",\"tahun\":2024,\"scores\":{}}]", new TypeReference<List<VillageScores>>() { }));
        assertTrue(wrapped.getMessage().contains("[0]"), wrapped.getMessage());
        assertTrue(wrapped.getMessage().contains("village code"), wrapped.getMessage());
    }
}
