// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.id.SkorId;
import io.github.indeksdesa.idm.plan.IndeksDesaChange;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The Jackson binding of the Indeks Desa values, registered by {@link IdmModule}. */
final class IdJson {

    private IdJson() {
    }

    static void register(SimpleModule module) {
        module.addSerializer(SkorId.class, new CoreJson.Writer<>(SkorId.class,
                (v, g) -> g.writeString(v.toPublishedString())));
        module.addDeserializer(SkorId.class, new CoreJson.Reader<>(SkorId.class, (n, c) -> skorId(n)));
        module.addSerializer(IndeksDesaScores.class, new CoreJson.Writer<>(IndeksDesaScores.class, IdJson::scores));
        module.addDeserializer(IndeksDesaScores.class, new CoreJson.Reader<>(IndeksDesaScores.class, IdJson::scores));
        module.addSerializer(IndeksDesaResult.class, new CoreJson.Writer<>(IndeksDesaResult.class, IdJson::result));
        module.addDeserializer(IndeksDesaResult.class, new CoreJson.Reader<>(IndeksDesaResult.class, IdJson::result));
        module.addSerializer(Item.class, new CoreJson.Writer<>(Item.class, IdJson::item));
        module.addSerializer(IndeksDesaModel.class, new CoreJson.Writer<>(IndeksDesaModel.class, IdJson::model));
        module.addDeserializer(IndeksDesaModel.class, new CoreJson.Reader<>(IndeksDesaModel.class,
                (n, c) -> IndeksDesaModel.of(text(n.isObject() ? field(n, "name") : n))));
        module.addSerializer(IndeksDesaPlan.class, new CoreJson.Writer<>(IndeksDesaPlan.class, IdJson::plan));
    }

    // --- SkorId: the published two-decimal text, "57.64"

    private static SkorId skorId(JsonNode node) {
        return SkorId.parse(text(node));
    }

    // --- IndeksDesaScores: {"kodeDesa","tahun","model","scores":{code:score}}

    static void scores(IndeksDesaScores s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        scoreFields(s, g);
        g.writeEndObject();
    }

    private static void scoreFields(IndeksDesaScores s, JsonGenerator g) throws IOException {
        g.writeStringField("kodeDesa", s.villageCode().value());
        g.writeNumberField("tahun", s.year());
        g.writeStringField("model", s.model().name());
        g.writeObjectFieldStart("scores");
        for (Item item : s.model().items()) {
            g.writeNumberField(item.code(), s.score(item));
        }
        g.writeEndObject();
    }

    static IndeksDesaScores scores(JsonNode node, DeserializationContext ctxt) {
        IndeksDesaModel model = node.has("model") ? IndeksDesaModel.of(text(node.get("model")))
                : IndeksDesaModel.official();
        JsonNode scores = field(node, "scores");
        if (!scores.isObject()) {
            throw new IllegalArgumentException("scores: expected an object of item code to score, found "
                    + scores.getNodeType());
        }
        Set<String> seen = new HashSet<>();
        scores.fieldNames().forEachRemaining(code -> {
            if (model.findItem(code).isEmpty()) {
                throw new IllegalArgumentException("scores." + code + ": not an item of the model " + model.name());
            }
            seen.add(code);
        });
        int[] values = new int[model.itemCount()];
        for (Item item : model.items()) {
            JsonNode score = scores.get(item.code());
            if (score == null) {
                throw new IllegalArgumentException("scores." + item.code() + ": missing");
            }
            values[model.position(item)] = integer(score, "scores." + item.code());
        }
        return IndeksDesaScores.builder(model).villageCode(text(field(node, "kodeDesa")))
                .year(integer(field(node, "tahun"), "tahun")).scores(values).build();
    }

    // --- IndeksDesaResult: the scores, then every derived value (checked against the scores when read)

    static void result(IndeksDesaResult r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        scoreFields(r.scores(), g);
        g.writeNumberField("points", r.points());
        g.writeStringField("skor", r.skorId().toPublishedString());
        g.writeStringField("status", r.status().officialName());
        g.writeStringField("targetStatus", r.targetStatus().officialName());
        g.writeNumberField("pointsToTarget", r.pointsToTarget());
        g.writeObjectFieldStart("dimensions");
        for (Dimension d : Dimension.values()) {
            g.writeNumberField(d.code(), r.points(d));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static IndeksDesaResult result(JsonNode node, DeserializationContext ctxt) {
        IndeksDesaResult r = scores(node, ctxt).evaluate();
        same(node, "points", Integer.toString(r.points()));
        same(node, "skor", r.skorId().toPublishedString());
        same(node, "status", r.status().officialName());
        same(node, "targetStatus", r.targetStatus().officialName());
        same(node, "pointsToTarget", Integer.toString(r.pointsToTarget()));
        JsonNode dimensions = node.get("dimensions");
        if (dimensions != null) {
            for (Dimension d : Dimension.values()) {
                if (dimensions.has(d.code())) {
                    same(dimensions, d.code(), Integer.toString(r.points(d)), "dimensions.");
                }
            }
        }
        return r;
    }

    private static void same(JsonNode node, String name, String expected) {
        same(node, name, expected, "");
    }

    private static void same(JsonNode node, String name, String expected, String prefix) {
        JsonNode value = node.get(name);
        if (value != null && !value.asText().equals(expected)) {
            throw new IllegalArgumentException(prefix + name + ": " + value + " is not the scores' " + expected);
        }
    }

    // --- Item and IndeksDesaModel: written for reading by people and other tools; a model reads back by name

    static void item(Item item, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", item.code());
        g.writeStringField("dimension", item.dimension().code());
        g.writeStringField("subDimension", item.subDimension());
        g.writeStringField("indicator", item.indicator());
        g.writeStringField("name", item.name());
        g.writeStringField("header", item.header());
        g.writeArrayFieldStart("observedScores");
        for (int score : item.observedScores()) {
            g.writeNumber(score);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void model(IndeksDesaModel model, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", model.name());
        g.writeStringField("title", model.title());
        g.writeStringField("legalBasis", model.legalBasis());
        g.writeNumberField("firstYear", model.firstYear());
        g.writeNumberField("lastYear", model.lastYear());
        g.writeNumberField("minPoints", model.minPoints());
        g.writeNumberField("maxPoints", model.maxPoints());
        g.writeArrayFieldStart("items");
        for (Item item : model.items()) {
            item(item, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // --- IndeksDesaPlan: written only

    static void plan(IndeksDesaPlan plan, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kodeDesa", plan.villageCode().value());
        g.writeNumberField("tahun", plan.year());
        g.writeStringField("status", plan.status().officialName());
        g.writeStringField("target", plan.target().officialName());
        g.writeBooleanField("reachable", plan.isReachable());
        g.writeNumberField("points", plan.points());
        g.writeNumberField("pointsAfter", plan.pointsAfter());
        g.writeNumberField("neededPoints", plan.neededPoints());
        g.writeStringField("skor", plan.skorId().toPublishedString());
        g.writeStringField("skorAfter", plan.skorIdAfter().toPublishedString());
        g.writeStringField("statusAfter", plan.statusAfter().officialName());
        g.writeNumberField("cost", plan.cost());
        g.writeArrayFieldStart("changes");
        List<IndeksDesaChange> changes = plan.changes();
        for (IndeksDesaChange c : changes) {
            g.writeStartObject();
            g.writeStringField("code", c.code());
            g.writeNumberField("from", c.from());
            g.writeNumberField("to", c.to());
            g.writeNumberField("points", c.points());
            g.writeStringField("recommendation", c.recommendation().orElse(null));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static JsonNode field(JsonNode node, String name) {
        return CoreJson.field(node, name);
    }

    private static String text(JsonNode node) {
        return CoreJson.text(node);
    }

    private static int integer(JsonNode node, String name) {
        return CoreJson.integer(node, name);
    }
}
