// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.PublishedReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The serializers and deserializers of {@link IdmModule}. */
final class CoreJson {

    private CoreJson() {
    }

    static void register(SimpleModule module) {
        module.addSerializer(Fraction.class, new Writer<>(Fraction.class, CoreJson::fraction));
        module.addDeserializer(Fraction.class, new Reader<>(Fraction.class, CoreJson::fraction));
        module.addSerializer(VillageCode.class, new Writer<>(VillageCode.class, (v, g) -> g.writeString(v.value())));
        module.addDeserializer(VillageCode.class, new Reader<>(VillageCode.class, (n, c) -> VillageCode.of(text(n))));
        module.addSerializer(Status.class, new Writer<>(Status.class, (v, g) -> g.writeString(v.officialName())));
        module.addDeserializer(Status.class, new Reader<>(Status.class, (n, c) -> Status.parse(text(n))));
        module.addSerializer(VillageScores.class, new Writer<>(VillageScores.class, CoreJson::scores));
        module.addDeserializer(VillageScores.class, new Reader<>(VillageScores.class, CoreJson::scores));
        module.addSerializer(VillageResult.class, new Writer<>(VillageResult.class, CoreJson::result));
        module.addDeserializer(VillageResult.class, new Reader<>(VillageResult.class, CoreJson::result));
        module.addSerializer(MinistryReport.class, new Writer<>(MinistryReport.class, CoreJson::report));
        module.addDeserializer(MinistryReport.class, new Reader<>(MinistryReport.class, CoreJson::report));
        module.addSerializer(IdmModel.class, new Writer<>(IdmModel.class, CoreJson::model));
        module.addDeserializer(IdmModel.class, new Reader<>(IdmModel.class, (n, c) -> IdmModel.of(text(n.has("name")
                ? field(n, "name") : n))));
        module.addSerializer(Finding.class, new Writer<>(Finding.class, CoreJson::finding));
        module.addSerializer(PublishedReport.class, new Writer<>(PublishedReport.class, RumusanWriter::write));
        module.addDeserializer(Finding.class, new Reader<>(Finding.class, CoreJson::finding));
    }

    /** Writes one value. */
    @FunctionalInterface
    interface Write<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    /** Reads one value from its tree; IllegalArgumentException and IllegalStateException name what is wrong. */
    @FunctionalInterface
    interface Read<T> {
        T read(JsonNode node, DeserializationContext ctxt) throws IOException;
    }

    static final class Writer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Write<T> write;

        Writer(Class<T> type, Write<T> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write.write(value, g);
        }
    }

    static final class Reader<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Read<T> read;

        Reader(Class<T> type, Read<T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            try {
                return read.read(node, ctxt);
            } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
                return ctxt.reportInputMismatch(this, "%s: %s", handledType().getSimpleName(), e.getMessage());
            }
        }
    }

    // --- Fraction: {"fraction":"2549/3150","value":0.8092063492063492}, or the text alone

    static void fraction(Fraction f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("fraction", f.toString());
        g.writeNumberField("value", f.doubleValue());
        g.writeEndObject();
    }

    static Fraction fraction(JsonNode node, DeserializationContext ctxt) {
        if (node.isTextual()) {
            return Fraction.parse(node.textValue());
        }
        Fraction f = Fraction.parse(text(field(node, "fraction")));
        JsonNode value = node.get("value");
        if (value != null && !(value.isNumber() && value.doubleValue() == f.doubleValue())) {
            throw new IllegalArgumentException("value " + value + " is not the double of the fraction " + f + " ("
                    + f.doubleValue() + ")");
        }
        return f;
    }

    // --- VillageScores

    static void scores(VillageScores s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        scoreFields(s, g);
        g.writeEndObject();
    }

    private static void scoreFields(VillageScores s, JsonGenerator g) throws IOException {
        g.writeStringField("kodeDesa", s.villageCode().value());
        g.writeNumberField("tahun", s.year());
        g.writeStringField("model", s.model().name());
        g.writeStringField("validation", s.validation().name());
        g.writeObjectFieldStart("scores");
        for (Indicator indicator : s.model().indicators()) {
            g.writeNumberField(indicator.code(), s.score(indicator));
        }
        g.writeEndObject();
    }

    static VillageScores scores(JsonNode node, DeserializationContext ctxt) {
        IdmModel model = node.has("model") ? IdmModel.of(text(node.get("model"))) : IdmModel.official();
        VillageScores.Builder b = VillageScores.builder(model).villageCode(text(field(node, "kodeDesa")))
                .year(integer(field(node, "tahun"), "tahun"));
        if (node.has("validation")) {
            b.validation(ScoreValidation.valueOf(text(node.get("validation"))));
        }
        JsonNode scores = field(node, "scores");
        if (!scores.isObject()) {
            throw new IllegalArgumentException("scores: expected an object of indicator code to score, found "
                    + scores.getNodeType());
        }
        Map<String, Integer> byCode = new LinkedHashMap<>();
        scores.properties().forEach(e -> byCode.put(e.getKey(), integer(e.getValue(), e.getKey())));
        return b.scores(byCode).build();
    }

    // --- VillageResult: the scores, then every derived value (checked against the scores when read)

    static void result(VillageResult r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        scoreFields(r.scores(), g);
        for (Index index : Index.values()) {
            g.writeFieldName(index.name().toLowerCase(java.util.Locale.ROOT));
            fraction(r.index(index), g);
        }
        g.writeFieldName("idm");
        fraction(r.idm(), g);
        g.writeNumberField("gridNumerator", r.value().gridNumerator());
        g.writeStringField("status", r.status().officialName());
        g.writeStringField("targetStatus", r.targetStatus().officialName());
        g.writeStringField("minimumScore", r.minimumScore().toPlainString());
        g.writeFieldName("gap");
        fraction(r.gap(), g);
        g.writeObjectFieldStart("gains");
        for (Indicator indicator : r.model().indicators()) {
            g.writeStringField(indicator.code(), r.gain(indicator).toString());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static VillageResult result(JsonNode node, DeserializationContext ctxt) {
        VillageResult r = scores(node, ctxt).evaluate();
        for (Index index : Index.values()) {
            same(node, index.name().toLowerCase(java.util.Locale.ROOT), r.index(index), ctxt);
        }
        same(node, "idm", r.idm(), ctxt);
        same(node, "gap", r.gap(), ctxt);
        sameText(node, "gridNumerator", Long.toString(r.value().gridNumerator()));
        if (node.has("status")) {
            sameText(node, "status", Status.parse(text(node.get("status"))).officialName(), r.status().officialName());
        }
        if (node.has("targetStatus")) {
            sameText(node, "targetStatus", Status.parse(text(node.get("targetStatus"))).officialName(),
                    r.targetStatus().officialName());
        }
        if (node.has("minimumScore") && new BigDecimal(text(node.get("minimumScore"))).compareTo(r.minimumScore()) != 0) {
            throw new IllegalArgumentException("minimumScore: " + node.get("minimumScore") + " is not the scores' "
                    + r.minimumScore());
        }
        JsonNode gains = node.get("gains");
        if (gains != null) {
            for (Indicator indicator : r.model().indicators()) {
                JsonNode gain = gains.get(indicator.code());
                if (gain != null && !Fraction.parse(text(gain)).equals(r.gain(indicator))) {
                    throw new IllegalArgumentException("gains." + indicator.code() + ": " + gain + " is not the scores' "
                            + r.gain(indicator));
                }
            }
        }
        return r;
    }

    private static void same(JsonNode node, String name, Fraction expected, DeserializationContext ctxt) {
        if (node.has(name)) {
            Fraction published = fraction(node.get(name), ctxt);
            if (!published.equals(expected)) {
                throw new IllegalArgumentException(name + ": " + published + " is not the scores' " + expected);
            }
        }
    }

    private static void sameText(JsonNode node, String name, String expected) {
        if (node.has(name)) {
            sameText(node, name, node.get(name).asText(), expected);
        }
    }

    private static void sameText(JsonNode node, String name, String published, String expected) {
        if (!published.equals(expected)) {
            throw new IllegalArgumentException(name + ": " + published + " is not the scores' " + expected);
        }
    }

    // --- MinistryReport: identity and result

    static void report(MinistryReport report, JsonGenerator g) throws IOException {
        VillageIdentity id = report.identity();
        g.writeStartObject();
        g.writeFieldName("identity");
        ValueJson.identity(id, g);
        g.writeFieldName("result");
        result(report.result(), g);
        g.writeEndObject();
    }

    static MinistryReport report(JsonNode node, DeserializationContext ctxt) {
        JsonNode id = field(node, "identity");
        VillageResult result = result(field(node, "result"), ctxt);
        return MinistryReport.of(result, VillageIdentity.of(VillageCode.of(text(field(id, "kodeDesa"))),
                optionalText(id, "namaDesa"), optionalText(id, "namaKecamatan"), optionalText(id, "namaKabupaten"),
                optionalText(id, "namaProvinsi")));
    }

    // --- IdmModel: described in full, read back by name

    static void model(IdmModel model, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", model.name());
        g.writeStringField("title", model.title());
        g.writeStringField("legalBasis", model.legalBasis());
        g.writeFieldName("thresholds");
        ValueJson.thresholds(model.thresholds(), g);
        g.writeArrayFieldStart("indicators");
        for (Indicator indicator : model.indicators()) {
            ValueJson.indicator(indicator, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // --- Finding: the keys of `idm verify --format ndjson`

    static void finding(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", f.source());
        g.writeStringField("kodeDesa", f.villageCode());
        g.writeNumberField("tahun", f.year());
        g.writeStringField("check", f.check().name());
        g.writeStringField("field", f.field());
        g.writeStringField("published", f.published());
        g.writeStringField("expected", f.expected());
        g.writeBooleanField("statusChanged", f.statusChanged());
        g.writeEndObject();
    }

    static Finding finding(JsonNode n, DeserializationContext ctxt) {
        JsonNode changed = field(n, "statusChanged");
        if (!changed.isBoolean()) {
            throw new IllegalArgumentException("statusChanged: expected true or false, found " + changed);
        }
        return Finding.of(text(field(n, "source")), text(field(n, "kodeDesa")), integer(field(n, "tahun"), "tahun"),
                Check.valueOf(text(field(n, "check"))), text(field(n, "field")), text(field(n, "published")),
                text(field(n, "expected")), changed.booleanValue());
    }

    // --- helpers

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static String optionalText(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : text(value);
    }

    static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.isObject() ? node.get(name) : null;
        if (value == null) {
            throw new IllegalArgumentException(name + ": missing");
        }
        return value;
    }

    static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("expected a string, found " + node.getNodeType() + " " + node);
        }
        return node.textValue();
    }

    static int integer(JsonNode node, String name) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException(name + ": expected an integer, found " + node);
        }
        return node.intValue();
    }
}
