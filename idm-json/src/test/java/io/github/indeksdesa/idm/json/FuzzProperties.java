// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.PublishedRow;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzing-style properties: inputs written by the project's own writers, then mutated (truncated,
 * fields removed, types swapped, huge numbers, deep nesting, NaN, scores negative or above 5). A
 * reader either returns a value that is faithful to its input or throws the module's documented
 * {@link IdmJsonException} with a place; never another exception.
 */
class FuzzProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ORIGINAL = Fixtures.json();
    private static final int KINDS = 12;

    /** A value of another type or an extreme value, chosen by {@code which}. */
    static JsonNode replacement(int which) {
        switch (Math.floorMod(which, 14)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(true);
            case 2: return NODES.booleanNode(false);
            case 3: return NODES.textNode("x");
            case 4: return NODES.numberNode(-1);
            case 5: return NODES.numberNode(6);
            case 6: return NODES.numberNode(new BigInteger("99999999999999999999999"));
            case 7: return NODES.numberNode(1e300);
            case 8: return NODES.numberNode(2.5);
            case 9: return NODES.objectNode();
            case 10: return NODES.arrayNode();
            case 11: return NODES.textNode("");
            case 12: return NODES.numberNode(0);
            default: return NODES.textNode("NaN");
        }
    }

    /** Every (container, key or index) of the tree, in document order. */
    static void slots(JsonNode node, List<Object[]> out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                out.add(new Object[] {node, name});
                slots(node.get(name), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Object[] {node, i});
                slots(node.get(i), out);
            }
        }
    }

    static String mutate(int kind, int a, int b) throws Exception {
        if (kind == 0) {
            return ORIGINAL.substring(0, Math.floorMod(a, ORIGINAL.length()));
        }
        if (kind == 1) {
            int at = Math.floorMod(a, ORIGINAL.length());
            return ORIGINAL.substring(0, at) + "[[[[[[[[" .repeat(400) + ORIGINAL.substring(at);
        }
        if (kind == 2) {
            int at = Math.floorMod(a, ORIGINAL.length());
            return ORIGINAL.substring(0, at) + ORIGINAL.substring(Math.min(ORIGINAL.length(), at + 1 + Math.floorMod(b, 8)));
        }
        if (kind == 3) {
            // NaN and Infinity literals where a number stands
            return ORIGINAL.replaceFirst("\"SKOR\":" + (Math.floorMod(a, 2) == 0 ? "0\\.\\d+" : "\\d"),
                    "\"SKOR\":" + (Math.floorMod(b, 2) == 0 ? "NaN" : "-Infinity"));
        }
        JsonNode root = MAPPER.readTree(ORIGINAL);
        List<Object[]> slots = new ArrayList<>();
        slots(root, slots);
        Object[] slot = slots.get(Math.floorMod(a, slots.size()));
        if (kind == 4) {
            if (slot[0] instanceof ObjectNode) {
                ((ObjectNode) slot[0]).remove((String) slot[1]);
            } else {
                ((ArrayNode) slot[0]).remove((Integer) slot[1]);
            }
        } else if (kind == 5) {
            // an extra, unknown field beside the slot
            if (slot[0] instanceof ObjectNode) {
                ((ObjectNode) slot[0]).set("EXTRA", replacement(b));
            } else {
                ((ArrayNode) slot[0]).add(replacement(b));
            }
        } else if (kind == 6) {
            // deep nesting in place of a value (spliced in as text: the test's own mapper limits depth)
            set(slot, NODES.textNode("__DEEP__"));
            return MAPPER.writeValueAsString(root).replace("\"__DEEP__\"", "[".repeat(3000) + "1"
                    + "]".repeat(3000));
        } else {
            // a value of another type, or an extreme value; weighted towards the score cells
            if (kind >= 9) {
                int row = Math.floorMod(a, 55);
                slot = new Object[] {root.get("mapData").get("ROW").get(row), "SKOR"};
            }
            set(slot, replacement(b));
        }
        return MAPPER.writeValueAsString(root);
    }

    static void set(Object[] slot, JsonNode value) {
        if (slot[0] instanceof ObjectNode) {
            ((ObjectNode) slot[0]).set((String) slot[1], value);
        } else {
            ((ArrayNode) slot[0]).set((Integer) slot[1], value);
        }
    }

    @Property(tries = 400)
    void aMutatedReportIsReadFaithfullyOrRejectedWithAPlace(@ForAll @IntRange(min = 0, max = KINDS - 1) int kind,
            @ForAll int a, @ForAll int b) throws Exception {
        aMutatedReportIsReadFaithfullyOrRejectedWithAPlace(mutate(kind, a, b));
    }

    private void aMutatedReportIsReadFaithfullyOrRejectedWithAPlace(String input) throws Exception {
        PublishedReport report = readOrDocumentedFailure(() -> RumusanReader.official().read(input, "m.json"));
        if (report == null) {
            return;
        }
        // Accepted: writing it back gives the input, value for value (nothing dropped or altered) ...
        List<String> differences = RumusanConformanceTest.differences(MAPPER.readTree(input),
                MAPPER.readTree(RumusanWriter.official().toJson(report)), "");
        assertEquals(List.of(), differences, () -> describe(input));
        // ... and verification either finds the change or there was none to find: what it passes
        // equals the original within the verifier's tolerance (a subtotal cut by one digit of 14
        // is as published as the original).
        if (!Verifier.official().verify(report).isEmpty()) {
            return;
        }
        PublishedReport original = RumusanReader.official().read(ORIGINAL, "m.json");
        assertTrue(java.util.Arrays.equals(original.scores(), report.scores()), () -> describe(input));
        JsonNode expected = MAPPER.readTree(RumusanWriter.official().toJson(original)).get("mapData");
        JsonNode actual = MAPPER.readTree(RumusanWriter.official().toJson(report)).get("mapData");
        for (String part : List.of("SUMMARIES", "ROW")) {
            assertEquals(List.of(), RumusanConformanceTest.differences(expected.get(part), actual.get(part), part),
                    () -> describe(input));
        }
    }

    /** Samples the property once failed on, kept as examples so they are tried on every run. */
    @net.jqwik.api.Example
    void anEmptyVillageCodeIsWrittenBackEmptyAndANullOneAsNull() throws Exception {
        for (String code : List.of("\"\"", "null")) {
            String input = ORIGINAL.replaceFirst("\"id_desa\":\"\\d+\"", "\"id_desa\":" + code);
            PublishedReport report = RumusanReader.official().read(input, "m.json");
            assertEquals(List.of(), RumusanConformanceTest.differences(MAPPER.readTree(input),
                    MAPPER.readTree(RumusanWriter.official().toJson(report)), ""), code);
        }
    }

    @net.jqwik.api.Example
    void aSubtotalCutByItsLastDigitIsStillTheOriginalWithinTheTolerance() throws Exception {
        JsonNode tree = MAPPER.readTree(ORIGINAL);
        String subtotal = tree.get("mapData").get("ROW").get(48).get("SKOR").asText();
        String cut = subtotal.substring(0, subtotal.length() - 1);
        aMutatedReportIsReadFaithfullyOrRejectedWithAPlace(ORIGINAL.replace("\"SKOR\":" + subtotal + ",",
                "\"SKOR\":" + cut + ","));
    }

    /** Where a mutated input first differs from the original, for failure messages. */
    static String describe(String input) {
        int at = 0;
        while (at < input.length() && at < ORIGINAL.length() && input.charAt(at) == ORIGINAL.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 60);
        return "mutated at " + at + ": …" + input.substring(from, Math.min(input.length(), at + 100)) + "…";
    }

    /** Runs a read; a failure must be IdmJsonException naming the source. Returns null on failure. */
    static <T> T readOrDocumentedFailure(Supplier<T> read) {
        try {
            T value = read.get();
            assertNotNull(value);
            return value;
        } catch (IdmJsonException e) {
            assertTrue(e.getMessage().startsWith(e.sourceName()), e.getMessage());
            assertFalse(e.getMessage().isBlank());
            return null;
        }
    }
}
