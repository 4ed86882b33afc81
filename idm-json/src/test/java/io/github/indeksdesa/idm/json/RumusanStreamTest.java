// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.indeksdesa.idm.verify.PublishedReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The streaming pass of {@link RumusanReader} against its tree path: whatever the streaming pass
 * accepts, the tree path accepts too and reads to the same report; real reports never leave the
 * streaming pass.
 */
class RumusanStreamTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RumusanReader READER = RumusanReader.official();

    /** The tree path's report, or null where it throws the documented exception. */
    private static PublishedReport tree(String json) {
        try {
            return READER.readTree(json, "m.json");
        } catch (IdmJsonException e) {
            return null;
        }
    }

    @Test
    void everyRealReportIsReadInTheStreamingPassAsTheTreeReadsIt() throws Exception {
        Path dir = SharedData.require("data/ministry-api");
        List<Path> files = RumusanReader.reportFiles(dir);
        assertEquals(295, files.size(), "reports in " + dir);
        for (Path file : files) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            PublishedReport streamed = READER.readStreaming(json, "m.json");
            assertNotNull(streamed, () -> file + " left the streaming pass");
            assertEquals(READER.readTree(json, "m.json"), streamed, file.toString());
            assertEquals(streamed, READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "m.json"), file.toString());
        }
    }

    @Property(tries = 600)
    void whatTheStreamingPassAcceptsTheTreeReadsTheSame(@ForAll @IntRange(min = 0, max = 11) int kind,
            @ForAll int a, @ForAll int b) throws Exception {
        String input = FuzzProperties.mutate(kind, a, b);
        PublishedReport streamed = READER.readStreaming(input, "m.json");
        if (streamed != null) {
            assertEquals(tree(input), streamed, () -> FuzzProperties.describe(input));
        }
    }

    @Test
    void keysInAnotherOrderAreReadAsTheTreeReadsThem() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Fixtures.json());
        String json = MAPPER.writeValueAsString(reversed(root));
        PublishedReport streamed = READER.readStreaming(json, "m.json");
        assertNotNull(streamed);
        assertEquals(READER.readTree(Fixtures.json(), "m.json"), streamed);
    }

    private static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            ObjectNode copy = MAPPER.createObjectNode();
            names.forEach(name -> copy.set(name, reversed(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(reversed(element)));
            return copy;
        }
        return node;
    }

    @Test
    void theStreamingPassLeavesErrorsAndTheEnvelopeToTheTree() throws Exception {
        assertNull(READER.readStreaming("{\"status\":400,\"error\":true,\"message\":\"x\"}", "m.json"));
        assertNull(READER.readStreaming(RumusanReaderTest.mutate(root -> RumusanReaderTest.row(root, 36)
                .put("SKOR", "x")), "m.json"));
        assertNull(READER.readStreaming(RumusanReaderTest.mutate(root -> RumusanReaderTest.row(root, 3)
                .put("PUSAT", " ")), "m.json"));
        assertNull(READER.readStreaming(Fixtures.json().replaceFirst("\"NO\":1,", "\"NO\":1,\"NO\":1,"), "m.json"));
        assertNull(READER.readStreaming(Fixtures.json() + " {}", "m.json"));
        assertNull(READER.readStreaming("", "m.json"));
    }
}
