// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.PublishedReport;

/**
 * The Jackson module for the idm-core value types, in the schema of {@code docs/json-format.md}:
 * {@link Fraction} (exact text and a double view), {@link VillageCode}, {@link Status} (official
 * name), {@link VillageScores}, {@link VillageResult}, {@link MinistryReport}, {@link IdmModel}
 * and {@link Finding}; and the Indeks Desa values ({@code io.github.indeksdesa.idm.id}: {@code SkorId} as
 * its published two-decimal text, {@code IndeksDesaScores} and {@code IndeksDesaResult} both ways,
 * {@code Item}, {@code IndeksDesaModel} and {@code IndeksDesaPlan} written). Every other public
 * value type of idm-core (plans, comparisons, batch results, what-if answers, published rows, report
 * rows …) is written too, not read. Exact values stay exact and every value that is read reads back
 * equal to what was written. A {@link PublishedReport} is written as the ministry's JSON, every value as published
 * (as {@link RumusanWriter} writes it); read it back with {@link RumusanReader}. The core types
 * carry no Jackson annotations; this module is all Jackson needs.
 *
 * <p>Register it with {@code mapper.registerModule(new IdmModule())}, or let
 * {@code mapper.findAndRegisterModules()} find it (it is a service provider of
 * {@code com.fasterxml.jackson.databind.Module}).
 *
 * <p>Input that does not follow the schema (a derived value that disagrees with the scores, an
 * unknown indicator code, a score off its ladder) fails with Jackson's
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}, whose path names the field.
 *
 * <p>Example:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new IdmModule());
 * String json = mapper.writeValueAsString(report.rescore(IdmModel.official()));
 * MinistryReport back = mapper.readValue(json, MinistryReport.class);
 * }</pre>
 */
public final class IdmModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the module.
     */
    public IdmModule() {
        super("idm", new Version(0, 1, 0, "SNAPSHOT", "io.github.indeksdesa", "idm-json"));
        CoreJson.register(this);
        IdJson.register(this);
        ValueJson.register(this);
    }
}
