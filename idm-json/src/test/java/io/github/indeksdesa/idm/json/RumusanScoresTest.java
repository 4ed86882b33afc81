// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.indeksdesa.idm.VillageScores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The scores-only path, {@link RumusanReader#readScores}, against the full read: the same code,
 * year and scores on every report the full read accepts, and the full read's errors elsewhere.
 */
class RumusanScoresTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RumusanReader READER = RumusanReader.official();

    private static void assertSame(VillageScores expected, VillageScores actual, String what) {
        assertEquals(expected.villageCode(), actual.villageCode(), what + ": village code");
        assertEquals(expected.year(), actual.year(), what + ": year");
        assertArrayEquals(expected.toArray(), actual.toArray(), what + ": scores");
    }

    @Test
    void everyRealReportGivesTheScoresOfTheFullRead() throws Exception {
        Path dir = SharedData.require("data/ministry-api");
        List<Path> files = RumusanReader.reportFiles(dir);
        assertEquals(295, files.size(), "reports in " + dir);
        for (Path file : files) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            assertSame(READER.read(json, "m.json").villageScores(Fixtures.MODEL), READER.readScores(json, "m.json"),
                    file.toString());
        }
    }

    @Test
    void theShippedReportWithKeysInAnyOrderGivesItsScores() throws Exception {
        VillageScores expected = READER.read(Fixtures.json(), "m.json").villageScores(Fixtures.MODEL);
        assertSame(expected, READER.readScores(Fixtures.json(), "m.json"), "as shipped");
        assertSame(Fixtures.scores(), READER.readScores(Fixtures.json(), "m.json"), "as scored");
        ObjectNode root = (ObjectNode) MAPPER.readTree(Fixtures.json());
        ObjectNode mapData = (ObjectNode) root.remove("mapData");
        ObjectNode reordered = MAPPER.createObjectNode();
        reordered.set("mapData", mapData);
        reordered.setAll(root);
        assertSame(expected, READER.readScores(MAPPER.writeValueAsString(reordered), "m.json"), "mapData first");
    }

    @Test
    void textsAreNotReadSoAChangedLabelStillScores() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Fixtures.json());
        ((ObjectNode) ((ArrayNode) root.get("mapData").get("ROW")).get(0)).put("INDIKATOR", "another label");
        String json = MAPPER.writeValueAsString(root);
        assertThrows(IdmJsonException.class, () -> READER.read(json, "m.json"));
        assertSame(Fixtures.scores(), READER.readScores(json, "m.json"), "changed label");
    }

    @Test
    void whatIsNotAReportFailsAsTheFullReadFails() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Fixtures.json());
        ((ObjectNode) ((ArrayNode) root.get("mapData").get("ROW")).get(3)).put("SKOR", "4");
        String json = MAPPER.writeValueAsString(root);
        IdmJsonException full = assertThrows(IdmJsonException.class, () -> READER.read(json, "m.json"));
        IdmJsonException scores = assertThrows(IdmJsonException.class, () -> READER.readScores(json, "m.json"));
        assertEquals(full.getMessage(), scores.getMessage());
        assertThrows(IdmJsonException.class, () -> READER.readScores("{\"mapData\": ", "m.json"));
        assertThrows(MinistryErrorException.class,
                () -> READER.readScores("{\"status\": 404, \"error\": true, \"message\": \"Data tidak ditemukan\"}", "m.json"));
    }

    @Property(tries = 600)
    void whereTheFullReadSucceedsTheScoresAreItsScores(@ForAll @IntRange(min = 0, max = 11) int kind,
            @ForAll int a, @ForAll int b) throws Exception {
        String input = FuzzProperties.mutate(kind, a, b);
        VillageScores full;
        try {
            full = READER.read(input, "m.json").villageScores(Fixtures.MODEL);
        } catch (RuntimeException e) {
            return;
        }
        assertSame(full, READER.readScores(input, "m.json"), FuzzProperties.describe(input));
    }
}
