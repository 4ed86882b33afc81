// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.json.IdmModule;
import io.github.indeksdesa.idm.json.RumusanReader;
import io.github.indeksdesa.idm.json.RumusanWriter;
import io.github.indeksdesa.idm.plan.UpgradePlan;
import io.github.indeksdesa.idm.plan.UpgradePlanner;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.tables.BulkTableReader;
import io.github.indeksdesa.idm.tables.ScoresTableReader;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples in the javadoc of the entry-point classes. Each block between
 * {@code // javadoc:begin} and {@code // javadoc:end} is the {@code <pre>{@code ...}</pre>}
 * example of one class, line for line (a test compares them), so every javadoc example compiles
 * and runs.
 */
public final class JavadocExamples {

    private JavadocExamples() {
    }

    /**
     * Runs every example on the shipped example data.
     *
     * @param args unused
     * @throws IOException if writing JSON fails
     */
    public static void main(String[] args) throws IOException {
        Path report = Path.of("examples/data/rumusan/6401022004_2024.json");
        Path table = Path.of("examples/data/scores.csv");
        Path bulk = Path.of("examples/data/bulk-kaltim.csv");
        System.out.println(model());
        System.out.println(scores().evaluate());
        System.out.println(reader(report));
        System.out.println(writer(report).length());
        System.out.println(verifier(report));
        System.out.println(planner(scores()).changes());
        System.out.println(batch(table).statusCounts());
        System.out.println(tables(table, bulk));
        System.out.println(jackson(report).length());
    }

    static IdmModel model() {
        // javadoc:begin IdmModel
        IdmModel model = IdmModel.official();
        System.out.println(model.indicatorCount() + " indicators, " + model.indicator("IKL03").label());
        // javadoc:end
        return model;
    }

    static VillageScores scores() {
        // javadoc:begin VillageScores
        VillageScores scores = VillageScores.of(IdmModel.official(), VillageCode.of("6401022004"), 2024,
                5, 0, 5, 2, 4, 5, 5, 5, 5, 1, 5, 5, 5, 5, 5, 5, 5, 4, 3, 5, 5, 5, 5, 5, 5, 5, 3, 1, 0, 1, 1, 5, 4, 5, 5,
                5, 5, 5, 5, 5, 5, 5, 2, 5, 1, 3, 4, 5, 4, 3);
        VillageResult result = scores.evaluate();       // IDM 5098/6300, MAJU, gap to MANDIRI
        // javadoc:end
        System.out.println(result.status());
        return scores;
    }

    static PublishedReport reader(Path file) {
        // javadoc:begin RumusanReader
        PublishedReport report = RumusanReader.official().read(file);
        VillageResult result = report.villageScores(IdmModel.official()).evaluate();
        // javadoc:end
        System.out.println(result.idm());
        return report;
    }

    static String writer(Path file) {
        PublishedReport report = RumusanReader.official().read(file);
        // javadoc:begin RumusanWriter
        MinistryReport computed = report.rescore(IdmModel.official());   // keeps the published names
        String json = RumusanWriter.official().toJson(computed);        // as the ministry publishes it
        // javadoc:end
        return json;
    }

    static List<Finding> verifier(Path file) {
        PublishedReport report = RumusanReader.official().read(file);
        // javadoc:begin Verifier
        List<Finding> findings = Verifier.official().verify(report);   // empty: consistent
        findings.forEach(System.out::println);
        // javadoc:end
        return findings;
    }

    static UpgradePlan planner(VillageScores scores) {
        // javadoc:begin UpgradePlanner
        UpgradePlan plan = UpgradePlanner.official().plan(scores);      // fewest changes to the next status
        plan.changes().forEach(System.out::println);
        // javadoc:end
        return plan;
    }

    static BatchResult batch(Path table) {
        List<VillageScores> villages = new ArrayList<>();
        ScoresTableReader.official().read(table, villages::add, System.err::println);
        // javadoc:begin BatchScorer
        ScoreMatrix matrix = ScoreMatrix.of(IdmModel.official(), villages);
        BatchResult result = BatchScorer.official().score(matrix);
        System.out.println(result.statusCounts());
        // javadoc:end
        return result;
    }

    static String tables(Path table, Path bulk) {
        // javadoc:begin ScoresTableReader
        List<VillageScores> villages = new ArrayList<>();
        ScoresTableReader.official().read(table, villages::add, System.err::println);
        // javadoc:end
        // javadoc:begin BulkTableReader
        Verifier verifier = Verifier.official();
        BulkTableReader.official().read(bulk, row -> verifier.verify(row).forEach(System.out::println),
                System.err::println);
        // javadoc:end
        return villages.size() + " villages";
    }

    static String jackson(Path file) throws IOException {
        PublishedReport report = RumusanReader.official().read(file);
        // javadoc:begin IdmModule
        ObjectMapper mapper = new ObjectMapper().registerModule(new IdmModule());
        String json = mapper.writeValueAsString(report.rescore(IdmModel.official()));
        MinistryReport back = mapper.readValue(json, MinistryReport.class);
        // javadoc:end
        return json + back.identity();
    }
}
