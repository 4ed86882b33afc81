// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.SkorId;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdJsonTest {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IdmModule());
    static final IndeksDesaModel MODEL = IndeksDesaModel.official();

    static IndeksDesaScores scores(long seed) {
        Random random = new Random(seed);
        int[] values = new int[MODEL.itemCount()];
        Arrays.setAll(values, i -> 1 + random.nextInt(5));
        return IndeksDesaScores.of(MODEL, VillageCode.of("9901012001"), 2025, values);
    }

    @Test
    void scoresAndResultsRoundTrip() throws Exception {
        for (long seed = 0; seed < 20; seed++) {
            IndeksDesaScores scores = scores(seed);
            IndeksDesaResult result = scores.evaluate();
            assertEquals(scores, MAPPER.readValue(MAPPER.writeValueAsString(scores), IndeksDesaScores.class));
            assertEquals(result, MAPPER.readValue(MAPPER.writeValueAsString(result), IndeksDesaResult.class));
        }
    }

    @Test
    void resultCarriesTheDerivedValues() throws Exception {
        IndeksDesaResult result = scores(7).evaluate();
        JsonNode node = MAPPER.valueToTree(result);
        assertEquals("9901012001", node.get("kodeDesa").asText());
        assertEquals(2025, node.get("tahun").asInt());
        assertEquals(result.points(), node.get("points").asInt());
        assertEquals(result.skorId().toPublishedString(), node.get("skor").asText());
        assertTrue(node.get("skor").asText().matches("\\d{1,3}\\.\\d\\d"), node.get("skor").asText());
        assertEquals(result.status().officialName(), node.get("status").asText());
        assertEquals(result.targetStatus().officialName(), node.get("targetStatus").asText());
        assertEquals(result.pointsToTarget(), node.get("pointsToTarget").asInt());
        int sum = 0;
        for (JsonNode d : node.get("dimensions")) {
            sum += d.asInt();
        }
        assertEquals(6, node.get("dimensions").size());
        assertEquals(result.points(), sum);
        assertEquals(MODEL.itemCount(), node.get("scores").size());
    }

    @Test
    void aDerivedValueThatDisagreesFails() throws Exception {
        ObjectNode node = MAPPER.valueToTree(scores(3).evaluate());
        node.put("points", node.get("points").asInt() + 1);
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.treeToValue(node, IndeksDesaResult.class));
        assertTrue(e.getMessage().contains("points"), e.getMessage());
        ObjectNode unknown = MAPPER.valueToTree(scores(3));
        ((ObjectNode) unknown.get("scores")).put("NOPE", 3);
        e = assertThrows(MismatchedInputException.class, () -> MAPPER.treeToValue(unknown, IndeksDesaScores.class));
        assertTrue(e.getMessage().contains("scores.NOPE"), e.getMessage());
        ObjectNode missing = MAPPER.valueToTree(scores(3));
        String first = MODEL.items().get(0).code();
        ((ObjectNode) missing.get("scores")).remove(first);
        e = assertThrows(MismatchedInputException.class, () -> MAPPER.treeToValue(missing, IndeksDesaScores.class));
        assertTrue(e.getMessage().contains("scores." + first + ": missing"), e.getMessage());
    }

    @Test
    void skorIdIsItsPublishedText() throws Exception {
        SkorId skor = SkorId.of(441);
        String json = MAPPER.writeValueAsString(skor);
        assertEquals("\"" + skor.toPublishedString() + "\"", json);
        assertEquals(skor.toPublishedString(), MAPPER.readValue(json, SkorId.class).toPublishedString());
    }

    @Test
    void modelAndPlanAreWritten() throws Exception {
        JsonNode model = MAPPER.valueToTree(MODEL);
        assertEquals(MODEL.name(), model.get("name").asText());
        assertEquals(127, model.get("items").size());
        assertEquals(MODEL.items().get(0).code(), model.get("items").get(0).get("code").asText());
        assertEquals(MODEL, MAPPER.treeToValue(model, IndeksDesaModel.class));
        IndeksDesaPlan plan = IndeksDesaPlanner.official().plan(scores(11));
        JsonNode p = MAPPER.valueToTree(plan);
        assertEquals(plan.changes().size(), p.get("changes").size());
        assertEquals(plan.pointsAfter(), p.get("pointsAfter").asInt());
        assertEquals(plan.statusAfter().officialName(), p.get("statusAfter").asText());
        assertEquals(plan.isReachable(), p.get("reachable").asBoolean());
    }

    @Test
    void serviceLoaderFindsTheIdBinding() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        IndeksDesaResult result = scores(5).evaluate();
        assertEquals(result, found.readValue(found.writeValueAsString(result), IndeksDesaResult.class));
    }
}
