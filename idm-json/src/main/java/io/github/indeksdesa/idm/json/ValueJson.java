// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.IndexRecovery;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.LadderStep;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.StatusThresholds;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchResult;
import io.github.indeksdesa.idm.batch.ItemStatusChanges;
import io.github.indeksdesa.idm.batch.ScoreProblem;
import io.github.indeksdesa.idm.batch.StatusChanges;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.plan.AgencyTask;
import io.github.indeksdesa.idm.plan.AgencyWork;
import io.github.indeksdesa.idm.plan.IndeksDesaChange;
import io.github.indeksdesa.idm.plan.IndexPlan;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.plan.Movement;
import io.github.indeksdesa.idm.plan.PlanStep;
import io.github.indeksdesa.idm.plan.PlanCosts;
import io.github.indeksdesa.idm.plan.TransitionMatrix;
import io.github.indeksdesa.idm.plan.UpgradePlan;
import io.github.indeksdesa.idm.plan.VillageValue;
import io.github.indeksdesa.idm.plan.YearComparison;
import io.github.indeksdesa.idm.plan.YearOverYear;
import io.github.indeksdesa.idm.report.ReportRow;
import io.github.indeksdesa.idm.report.ReportSummary;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import io.github.indeksdesa.idm.verify.PublishedReportRow;
import io.github.indeksdesa.idm.verify.PublishedRow;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ToLongBiFunction;

/**
 * The written-only serializers of {@link IdmModule}: the results, plans, comparisons, batch results
 * and published rows a program reports (docs/json-format.md, "Written only"). Keys follow the
 * types' accessors; statuses are official names, exact values {@link Fraction} objects.
 */
final class ValueJson {

    private ValueJson() {
    }

    static void register(SimpleModule module) {
        add(module, Agencies.class, ValueJson::agencies);
        add(module, LadderStep.class, ValueJson::step);
        add(module, Indicator.class, ValueJson::indicator);
        add(module, IdmValue.class, ValueJson::value);
        add(module, StatusThresholds.class, ValueJson::thresholds);
        add(module, IndexRecovery.class, ValueJson::recovery);
        add(module, VillageIdentity.class, ValueJson::identity);
        add(module, ReportRow.class, ValueJson::row);
        add(module, ReportSummary.class, ValueJson::summary);
        add(module, PlanStep.class, ValueJson::change);
        add(module, UpgradePlan.class, ValueJson::plan);
        add(module, IndexPlan.class, ValueJson::indexPlan);
        add(module, PlanCosts.class, ValueJson::costs);
        add(module, AgencyTask.class, ValueJson::task);
        add(module, AgencyWork.class, ValueJson::work);
        add(module, Interventions.class, (v, g) -> {
            g.writeStartObject();
            objects(g, "agencies", v.agencies());
            g.writeEndObject();
        });
        add(module, VillageValue.class, ValueJson::villageValue);
        add(module, Movement.class, ValueJson::movement);
        add(module, TransitionMatrix.class, ValueJson::matrix);
        add(module, YearComparison.class, ValueJson::comparison);
        add(module, YearOverYear.class, (v, g) -> {
            g.writeStartObject();
            g.writeObjectField("years", v.years());
            objects(g, "comparisons", v.consecutive());
            g.writeEndObject();
        });
        add(module, BatchResult.class, ValueJson::batch);
        add(module, IndeksDesaBatchResult.class, ValueJson::batch);
        add(module, StatusChanges.class, (v, g) -> changes(g, v.indicator().code(), v.score(), v.changed(),
                v.raised(), v::count));
        add(module, ItemStatusChanges.class, (v, g) -> changes(g, v.item().code(), v.score(), v.changed(),
                v.raised(), v::count));
        add(module, ScoreProblem.class, (v, g) -> {
            g.writeStartObject();
            g.writeNumberField("village", v.village());
            g.writeStringField("code", v.indicatorCode());
            g.writeNumberField("value", v.value());
            g.writeObjectField("allowed", v.allowed());
            g.writeEndObject();
        });
        add(module, PublishedRow.class, ValueJson::publishedRow);
        add(module, PublishedIndeksDesaRow.class, ValueJson::publishedRow);
        add(module, PublishedReportRow.class, ValueJson::publishedReportRow);
        add(module, ReadLimits.class, ValueJson::limits);
    }

    private static <T> void add(SimpleModule module, Class<T> type, CoreJson.Write<T> write) {
        module.addSerializer(type, new CoreJson.Writer<>(type, write));
    }

    // --- the model's parts

    static void agencies(Agencies agencies, JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (AgencyLevel level : AgencyLevel.values()) {
            text(g, level.name(), agencies.get(level));
        }
        g.writeEndObject();
    }

    static void step(LadderStep step, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("score", step.score());
        text(g, "meaning", step.meaning());
        text(g, "activity", step.activity());
        g.writeEndObject();
    }

    /** An indicator as in the model's {@code indicators} array. */
    static void indicator(Indicator indicator, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", indicator.code());
        g.writeStringField("index", indicator.index().name());
        g.writeNumberField("number", indicator.number());
        g.writeStringField("dimension", indicator.dimension());
        g.writeStringField("label", indicator.label());
        g.writeStringField("englishName", indicator.englishName());
        g.writeArrayFieldStart("ladder");
        for (LadderStep step : indicator.ladder()) {
            step(step, g);
        }
        g.writeEndArray();
        g.writeFieldName("agencies");
        agencies(indicator.agencies(), g);
        g.writeEndObject();
    }

    /** Each status's upper bound as the regulation writes it; MANDIRI has none. */
    static void thresholds(StatusThresholds thresholds, JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (Status status : Status.values()) {
            Optional<java.math.BigDecimal> upper = thresholds.upperBound(status);
            if (upper.isPresent()) {
                g.writeStringField(status.officialName(), upper.get().toPlainString());
            }
        }
        g.writeEndObject();
    }

    // --- values and reports

    static void value(IdmValue v, JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (Index index : Index.values()) {
            g.writeObjectField(index.name().toLowerCase(java.util.Locale.ROOT), v.index(index));
        }
        g.writeObjectField("idm", v.idm());
        g.writeNumberField("gridNumerator", v.gridNumerator());
        status(g, "status", v.status());
        status(g, "targetStatus", v.targetStatus());
        g.writeStringField("minimumScore", v.minimumScore().toPlainString());
        g.writeObjectField("gap", v.gap());
        g.writeEndObject();
    }

    static void recovery(IndexRecovery r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("onGrid", r.isOnGrid());
        g.writeObjectField("offGrid", r.offGrid());
        g.writeObjectFieldStart("published");
        for (Index index : Index.values()) {
            g.writeStringField(index.name(), r.published(index).toPlainString());
        }
        g.writeEndObject();
        g.writeObjectField("value", r.value().orElse(null));
        g.writeEndObject();
    }

    /** The keys of {@code MinistryReport}'s {@code identity}. */
    static void identity(VillageIdentity id, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kodeDesa", id.villageCode().value());
        text(g, "namaDesa", id.villageName());
        text(g, "namaKecamatan", id.districtName());
        text(g, "namaKabupaten", id.regencyName());
        text(g, "namaProvinsi", id.provinceName());
        g.writeEndObject();
    }

    static void row(ReportRow r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().name());
        g.writeNumberField("rowCell", r.rowCell());
        number(g, "number", r.number());
        g.writeStringField("label", r.label());
        g.writeStringField("index", r.index().map(Index::name).orElse(null));
        g.writeStringField("code", r.indicator().map(Indicator::code).orElse(null));
        number(g, "score", r.score());
        g.writeObjectField("value", r.value().orElse(null));
        g.writeStringField("status", r.status().map(Status::officialName).orElse(null));
        text(g, "meaning", r.meaning());
        text(g, "activity", r.activity());
        g.writeObjectField("gain", r.gain().orElse(null));
        text(g, "gainText", r.gainText());
        g.writeFieldName("agencies");
        agencies(r.agencies(), g);
        g.writeEndObject();
    }

    static void summary(ReportSummary s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("tahun", s.year());
        g.writeObjectField("currentScore", s.currentScore());
        status(g, "status", s.status());
        status(g, "targetStatus", s.targetStatus());
        g.writeStringField("minimumScore", s.minimumScore().toPlainString());
        g.writeObjectField("gap", s.gap());
        g.writeEndObject();
    }

    // --- plans

    /** A plan step of either edition; an Indeks Desa step adds the ministry's recommendation. */
    static void change(PlanStep c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", c.code());
        g.writeNumberField("from", c.from());
        g.writeNumberField("to", c.to());
        g.writeNumberField("points", c.points());
        g.writeObjectField("gain", c.gain());
        if (c instanceof IndeksDesaChange) {
            text(g, "recommendation", ((IndeksDesaChange) c).recommendation());
        }
        text(g, "activity", c.activity());
        g.writeNumberField("cost", c.cost());
        g.writeFieldName("agencies");
        agencies(c.agencies(), g);
        g.writeEndObject();
    }

    static void plan(UpgradePlan p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kodeDesa", p.villageCode().value());
        g.writeNumberField("tahun", p.year());
        status(g, "status", p.status());
        status(g, "target", p.target());
        g.writeBooleanField("reachable", p.isReachable());
        g.writeObjectField("idm", p.idm());
        g.writeObjectField("idmAfter", p.idmAfter());
        status(g, "statusAfter", p.statusAfter());
        g.writeNumberField("requiredGridNumerator", p.requiredGridNumerator());
        g.writeNumberField("neededGridUnits", p.neededGridUnits());
        g.writeNumberField("points", p.points());
        g.writeNumberField("cost", p.cost());
        objects(g, "changes", p.changes());
        g.writeEndObject();
    }

    static void indexPlan(IndexPlan p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectField("value", p.value());
        status(g, "status", p.status());
        status(g, "target", p.target());
        g.writeBooleanField("reachable", p.isReachable());
        g.writeObjectFieldStart("points");
        for (Index index : Index.values()) {
            g.writeNumberField(index.name(), p.points(index));
        }
        g.writeEndObject();
        g.writeNumberField("totalPoints", p.totalPoints());
        g.writeNumberField("requiredGridNumerator", p.requiredGridNumerator());
        g.writeObjectField("valueAfter", p.valueAfter());
        g.writeEndObject();
    }

    static void costs(PlanCosts c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("activities", c.isActivities());
        g.writeObjectField("rules", c.rules());
        g.writeEndObject();
    }

    static void task(AgencyTask t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kodeDesa", t.villageCode().value());
        g.writeNumberField("tahun", t.year());
        g.writeStringField("level", t.level().name());
        g.writeStringField("agency", t.agency());
        g.writeObjectField("change", t.change());
        g.writeEndObject();
    }

    static void work(AgencyWork w, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", w.level().name());
        g.writeStringField("name", w.name());
        g.writeStringField("key", w.key());
        g.writeObjectField("spellings", w.spellings());
        g.writeArrayFieldStart("villages");
        for (VillageCode code : w.villages()) {
            g.writeString(code.value());
        }
        g.writeEndArray();
        g.writeNumberField("taskCount", w.taskCount());
        g.writeObjectField("totalGain", w.totalGain());
        objects(g, "tasks", w.tasks());
        g.writeEndObject();
    }

    // --- comparisons between years

    static void villageValue(VillageValue v, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kodeDesa", v.villageCode().value());
        g.writeNumberField("tahun", v.year());
        g.writeObjectField("idm", v.idm());
        status(g, "status", v.status());
        g.writeEndObject();
    }

    static void movement(Movement m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kodeDesa", m.villageCode().value());
        g.writeObjectField("from", m.from());
        g.writeObjectField("to", m.to());
        g.writeObjectField("idmChange", m.idmChange());
        g.writeNumberField("steps", m.steps());
        g.writeEndObject();
    }

    static void matrix(TransitionMatrix m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("counts");
        for (Status from : Status.values()) {
            g.writeObjectFieldStart(from.officialName());
            for (Status to : Status.values()) {
                g.writeNumberField(to.officialName(), m.count(from, to));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeNumberField("total", m.total());
        g.writeNumberField("up", m.up());
        g.writeNumberField("down", m.down());
        g.writeNumberField("unchanged", m.unchanged());
        g.writeEndObject();
    }

    static void comparison(YearComparison c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("fromYear", c.fromYear());
        g.writeNumberField("toYear", c.toYear());
        text(g, "region", c.region());
        g.writeObjectField("matrix", c.matrix());
        objects(g, "movements", c.movements());
        objects(g, "onlyInFromYear", c.onlyInFromYear());
        objects(g, "onlyInToYear", c.onlyInToYear());
        g.writeEndObject();
    }

    // --- batch results: the counts and one entry per village

    static void batch(BatchResult r, JsonGenerator g) throws IOException {
        batch(g, r.villageCount(), r.statusCounts(), r.matrix().hasVillages() ? r.matrix()::villageCode : null,
                r.matrix()::year, (i, v) -> {
                    v.writeNumberField("gridNumerator", r.gridNumerator(i));
                    status(v, "status", r.status(i));
                });
    }

    static void batch(IndeksDesaBatchResult r, JsonGenerator g) throws IOException {
        batch(g, r.villageCount(), r.statusCounts(), r.matrix().hasVillages() ? r.matrix()::villageCode : null,
                r.matrix()::year, (i, v) -> {
                    v.writeNumberField("points", r.points(i));
                    v.writeStringField("skor", r.skorId(i).toPublishedString());
                    status(v, "status", r.status(i));
                });
    }

    /** Writes the fields of village {@code i}. */
    @FunctionalInterface
    private interface VillageFields {
        void write(int i, JsonGenerator g) throws IOException;
    }

    private static void batch(JsonGenerator g, int villages, Map<Status, Long> counts,
            IntFunction<VillageCode> codes, IntUnaryOperator years, VillageFields fields) throws IOException {
        g.writeStartObject();
        g.writeNumberField("villageCount", villages);
        g.writeObjectFieldStart("statusCounts");
        for (Status status : Status.values()) {
            g.writeNumberField(status.officialName(), counts.getOrDefault(status, 0L));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("villages");
        for (int i = 0; i < villages; i++) {
            g.writeStartObject();
            if (codes != null) {
                g.writeStringField("kodeDesa", codes.apply(i).value());
                g.writeNumberField("tahun", years.applyAsInt(i));
            }
            fields.write(i, g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A what-if answer: the code and score set, and the villages per status before and after. */
    private static void changes(JsonGenerator g, String code, int score, long changed, long raised,
            ToLongBiFunction<Status, Status> count) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", code);
        g.writeNumberField("score", score);
        g.writeNumberField("changed", changed);
        g.writeNumberField("raised", raised);
        g.writeArrayFieldStart("moves");
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                long n = count.applyAsLong(from, to);
                if (from != to && n > 0) {
                    g.writeStartObject();
                    status(g, "from", from);
                    status(g, "to", to);
                    g.writeNumberField("villages", n);
                    g.writeEndObject();
                }
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // --- published rows, as published (text)

    static void publishedRow(PublishedRow r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", r.source());
        g.writeStringField("location", r.location());
        g.writeStringField("kodeDesa", r.villageCode());
        g.writeNumberField("tahun", r.year());
        names(g, r.villageName(), r.districtName(), r.regencyName(), r.provinceName());
        for (Index index : Index.values()) {
            g.writeStringField(index.name(), r.part(index));
        }
        g.writeStringField("IDM", r.idm());
        g.writeStringField("status", r.status());
        g.writeEndObject();
    }

    static void publishedRow(PublishedIndeksDesaRow r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", r.source());
        g.writeStringField("location", r.location());
        g.writeStringField("kodeDesa", r.villageCode());
        g.writeNumberField("tahun", r.year());
        names(g, r.villageName(), r.districtName(), r.regencyName(), r.provinceName());
        g.writeObjectField("itemScores", r.itemScores().orElse(null));
        g.writeObjectFieldStart("dimensions");
        for (Map.Entry<io.github.indeksdesa.idm.id.Dimension, String> e : r.dimensions().entrySet()) {
            g.writeStringField(e.getKey().code(), e.getValue());
        }
        g.writeEndObject();
        text(g, "skor", r.skorId());
        text(g, "status", r.status());
        g.writeEndObject();
    }

    static void publishedReportRow(PublishedReportRow r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().name());
        g.writeNumberField("rowCell", r.rowCell());
        number(g, "number", r.number());
        g.writeStringField("label", r.label());
        number(g, "score", r.score());
        if (r.value().isPresent()) {
            g.writeNumberField("value", r.value().getAsDouble());
        } else {
            g.writeNullField("value");
        }
        text(g, "status", r.statusText());
        text(g, "meaning", r.meaning());
        text(g, "activity", r.activity());
        text(g, "gain", r.gain());
        g.writeFieldName("agencies");
        agencies(r.agencies(), g);
        g.writeEndObject();
    }

    static void limits(ReadLimits l, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("maxReportBytes", l.maxReportBytes());
        g.writeNumberField("maxRecordChars", l.maxRecordChars());
        g.writeNumberField("maxCellsPerRow", l.maxCellsPerRow());
        g.writeNumberField("maxRowsPerTable", l.maxRowsPerTable());
        g.writeNumberField("maxSharedStrings", l.maxSharedStrings());
        g.writeNumberField("maxSharedStringChars", l.maxSharedStringChars());
        g.writeNumberField("maxXlsxPartBytes", l.maxXlsxPartBytes());
        g.writeNumberField("maxGzipBytes", l.maxGzipBytes());
        g.writeNumberField("minInflateRatio", l.minInflateRatio());
        g.writeEndObject();
    }

    // --- helpers

    private static void names(JsonGenerator g, Optional<String> village, Optional<String> district,
            Optional<String> regency, Optional<String> province) throws IOException {
        text(g, "namaDesa", village);
        text(g, "namaKecamatan", district);
        text(g, "namaKabupaten", regency);
        text(g, "namaProvinsi", province);
    }

    private static void objects(JsonGenerator g, String name, Collection<?> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Object value : values) {
            g.writeObject(value);
        }
        g.writeEndArray();
    }

    private static void status(JsonGenerator g, String name, Status status) throws IOException {
        g.writeStringField(name, status.officialName());
    }

    private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
        g.writeStringField(name, value.orElse(null));
    }

    private static void number(JsonGenerator g, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        } else {
            g.writeNullField(name);
        }
    }
}
