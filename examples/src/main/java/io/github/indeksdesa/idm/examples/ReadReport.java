// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.json.RumusanReader;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a ministry {@code rumusan} report, recomputes it from its 50 scores and verifies what it
 * publishes.
 */
public final class ReadReport {

    private ReadReport() {
    }

    /**
     * Runs the example.
     *
     * @param args the report file; default {@code examples/data/rumusan/6401022004_2024.json}
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/rumusan/6401022004_2024.json");
        // README:begin
        PublishedReport report = RumusanReader.official().read(file);
        VillageResult result = report.villageScores(IdmModel.official()).evaluate();
        System.out.println(report.villageCode() + " " + report.year() + ": " + result.status()
                + " " + result.idm().toBigDecimal() + ", needs " + result.minimumScore());
        Verifier.official().verify(report).forEach(System.out::println);   // every inconsistency, if any
        // README:end
    }
}
