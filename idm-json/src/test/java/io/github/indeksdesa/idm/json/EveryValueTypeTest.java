// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IndexRecovery;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchScorer;
import io.github.indeksdesa.idm.batch.IndeksDesaMatrix;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.IndexPlan;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.plan.PlanCosts;
import io.github.indeksdesa.idm.plan.UpgradePlan;
import io.github.indeksdesa.idm.plan.UpgradePlanner;
import io.github.indeksdesa.idm.plan.VillageValue;
import io.github.indeksdesa.idm.plan.YearComparison;
import io.github.indeksdesa.idm.plan.YearOverYear;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.PublishedRow;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every public type of idm-core's exported packages: each value type is written by
 * {@link IdmModule} (not by Jackson's bean introspection, which finds nothing in these accessors),
 * and read back equal where the module reads it (docs/json-format.md).
 */
class EveryValueTypeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IdmModule());

    /** Public types that are not values: services, bulk input matrices, inputs, utilities. */
    private static final Set<String> NOT_VALUES = Set.of(
            "BatchScorer", "IndeksDesaBatchScorer", "UpgradePlanner", "IndeksDesaPlanner", "Verifier",
            "IndeksDesaVerifier", "MinistryNumbers", "Input", "ScoreMatrix", "IndeksDesaMatrix");

    /** The types the module reads back as well as writes. */
    private static final Set<String> READ_BACK = Set.of(
            "Fraction", "VillageCode", "Status", "VillageScores", "VillageResult", "MinistryReport", "IdmModel",
            "Finding", "SkorId", "IndeksDesaScores", "IndeksDesaResult", "IndeksDesaModel");

    @Test
    void everyPublicValueTypeIsWrittenByTheModule() throws Exception {
        Map<Class<?>, Object> samples = samples();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            if (Throwable.class.isAssignableFrom(type) || NOT_VALUES.contains(type.getSimpleName())) {
                continue;
            }
            Object sample = type.isEnum() ? type.getEnumConstants()[0] : samples.get(type);
            if (sample == null) {
                problems.add(type.getName() + ": no sample in this test (a new public type: add one and, if it is a"
                        + " value, its serializer)");
                continue;
            }
            String json;
            try {
                json = MAPPER.writeValueAsString(sample);
            } catch (InvalidDefinitionException e) {
                problems.add(type.getName() + ": not writable: " + e.getOriginalMessage());
                continue;
            }
            JsonNode tree = MAPPER.readTree(json);
            if (!type.isEnum() && tree.isObject() && tree.size() == 0) {
                problems.add(type.getName() + ": written as an empty object");
            }
            if (READ_BACK.contains(type.getSimpleName())) {
                Object back = MAPPER.readValue(json, type);
                if (!sample.equals(back)) {
                    problems.add(type.getName() + ": read back as " + back + ", not " + sample);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theWalkSeesEveryExportedPackage() throws Exception {
        Set<String> packages = new TreeSet<>();
        publicTypes().forEach(t -> packages.add(t.getPackageName()));
        assertEquals(exportedPackages(), packages);
        List<Class<?>> types = publicTypes();
        assertTrue(types.size() > 60, types::toString);
    }

    @Test
    void writtenValuesUseTheSchemaNames() throws Exception {
        VillageResult result = Fixtures.scores().evaluate();
        JsonNode plan = MAPPER.valueToTree(UpgradePlanner.official().plan(result));
        assertEquals("6401022004", plan.get("kodeDesa").textValue());
        assertEquals("MAJU", plan.get("status").textValue());
        assertEquals("MANDIRI", plan.get("target").textValue());
        assertFalse(plan.get("changes").isEmpty());
        assertTrue(plan.get("changes").get(0).get("gain").has("fraction"), plan.toString());
        JsonNode batch = MAPPER.valueToTree(BatchScorer.of(Fixtures.MODEL)
                .score(ScoreMatrix.of(Fixtures.MODEL, List.of(Fixtures.scores()))));
        assertEquals(1, batch.get("statusCounts").get("MAJU").intValue(), batch.toString());
        assertEquals(result.value().gridNumerator(), batch.get("villages").get(0).get("gridNumerator").longValue());
        assertEquals("6401022004", batch.get("villages").get(0).get("kodeDesa").textValue());
        // The module reads back only what it documents: a written-only value is refused, not half read.
        assertThrows(InvalidDefinitionException.class,
                () -> MAPPER.readValue(MAPPER.writeValueAsString(plan), UpgradePlan.class));
    }

    private static Map<Class<?>, Object> samples() throws IOException {
        IdmModel model = Fixtures.MODEL;
        VillageScores scores = Fixtures.scores();
        VillageResult result = scores.evaluate();
        MinistryReport report = Fixtures.report();
        UpgradePlan plan = UpgradePlanner.official().plan(result);
        IndeksDesaModel idModel = IndeksDesaModel.official();
        IndeksDesaScores idScores = IdJsonTest.scores(7);
        IndeksDesaResult idResult = idScores.evaluate();
        IndeksDesaPlan idPlan = IndeksDesaPlanner.official().plan(idResult);
        Interventions interventions = Interventions.ofPlans(List.of(plan));
        VillageValue before = VillageValue.of(VillageCode.of("6401022004"), 2023,
                io.github.indeksdesa.idm.IdmValue.ofSums(model, 120, 40, 10));
        YearOverYear years = YearOverYear.of(List.of(before, VillageValue.of(result)));
        YearComparison comparison = years.compare(2023, 2024);
        PublishedReport published = PublishedReport.of(report, "6401022004_2024.json");
        ScoreMatrix bad = ScoreMatrix.of(model, new byte[model.indicatorCount()]);
        List<Object> values = new ArrayList<>(List.of(
                Fraction.of(5098, 6300), VillageCode.of("6401022004"), Status.MAJU, model, scores, result, result.value(),
                model.thresholds(), model.indicators().get(0), model.indicators().get(0).ladder().get(0),
                model.indicators().get(0).agencies(),
                IndexRecovery.of(model, new BigDecimal("0.7943"), new BigDecimal("0.8333"), new BigDecimal("0.8000")),
                report, report.identity(), report.rows().get(3), report.summary(),
                plan, plan.changes().get(0), IndexPlan.of(result.value()), PlanCosts.activities(),
                interventions, interventions.agencies().get(0), interventions.tasks().get(0),
                years, comparison, comparison.matrix(), comparison.movements().get(0), before,
                BatchScorer.of(model).score(ScoreMatrix.of(model, List.of(scores))),
                BatchScorer.of(model).score(ScoreMatrix.of(model, List.of(scores))).whatIf(model.indicator("IKL03"), 5),
                bad.problems(io.github.indeksdesa.idm.ScoreValidation.LADDER, 1).get(0),
                idModel, idModel.items().get(0), idScores, idResult, idResult.skorId(), idPlan, idPlan.changes().get(0),
                IndeksDesaBatchScorer.of(idModel).score(IndeksDesaMatrix.of(idModel, List.of(idScores))),
                IndeksDesaBatchScorer.of(idModel).score(IndeksDesaMatrix.of(idModel, List.of(idScores)))
                        .whatIf(idModel.item("LI04"), 5),
                Finding.of("a.json", "6401022004", 2024, Check.GAP_MISMATCH, "mapData.SUMMARIES.PENAMBAHAN", "0.1",
                        "0.2", true),
                published, published.rows().get(3),
                PublishedRow.of(result, report.identity(), "bulk.csv", "line 2"),
                PublishedIndeksDesaRow.of(idResult, "skor.csv", "line 2"),
                ReadLimits.defaults()));
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        for (Object value : values) {
            samples.put(value.getClass(), value);
            for (Class<?> type : publicTypes()) {
                if (type.isInstance(value)) {
                    samples.putIfAbsent(type, value);
                }
            }
        }
        return samples;
    }

    /** The public top-level types of idm-core's exported packages, read from its classes (a directory or the jar). */
    static List<Class<?>> publicTypes() throws IOException {
        List<Class<?>> types = new ArrayList<>();
        for (String name : coreClasses(true)) {
            Class<?> type = load(name);
            if (Modifier.isPublic(type.getModifiers())) {
                types.add(type);
            }
        }
        return types;
    }

    static Set<String> exportedPackages() throws IOException {
        return new TreeSet<>(coreClasses(false));
    }

    /** The top-level class names of the exported packages, or (classes false) the exported packages. */
    private static List<String> coreClasses(boolean classes) throws IOException {
        Path location = location();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            Set<String> packages = new TreeSet<>();
            try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
                ModuleDescriptor.read(in).exports().forEach(e -> packages.add(e.source()));
            }
            if (!classes) {
                return new ArrayList<>(packages);
            }
            List<String> names = new ArrayList<>();
            for (String pkg : packages) {
                try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
                    files.map(f -> f.getFileName().toString()).sorted()
                            .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                            .forEach(n -> names.add(pkg + "." + n.substring(0, n.length() - ".class".length())));
                }
            }
            return names;
        }
    }

    private static Path location() {
        try {
            return Path.of(IdmModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, IdmModel.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
