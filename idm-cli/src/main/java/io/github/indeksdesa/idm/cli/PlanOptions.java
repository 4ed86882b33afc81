// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.plan.CostFormatException;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.PlanCosts;
import io.github.indeksdesa.idm.plan.UpgradePlanner;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of plan and interventions: the target status, the cost file, the year and --lenient. */
final class PlanOptions {

    @Option(names = "--target", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "The status to reach: SANGAT_TERTINGGAL, TERTINGGAL, BERKEMBANG, MAJU or MANDIRI "
                + "(also the alternative names Pratama … Sembada). Default: each village's next status.")
    Status target;

    @Option(names = "--costs", paramLabel = "FILE", description = "Cost per indicator step, CSV code,from,to,cost "
            + "(see docs/planning.md); the plan minimises the total. Default: one per changed indicator.")
    Path costs;

    @Option(names = "--year", paramLabel = "YEAR", description = "Plan from the data of this year. Default: each "
            + "village's latest year in the inputs.")
    Integer year;

    @Option(names = "--lenient", description = "Accept any score 0..5, also off its indicator's ladder.")
    boolean lenient;

    /** Reports a --year that none of the villages read has: nothing would be planned. */
    void checkYear(int read, int kept, Consumer<InputException> errors) {
        if (year != null && read > 0 && kept == 0) {
            errors.accept(new InputException("--year " + year, "", "no village of the inputs has data of " + year));
        }
    }

    /** Converts --target, so that an unknown name is a usage error naming the allowed ones. */
    static final class StatusConverter implements CommandLine.ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            try {
                return Status.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * The planner for the cost file, or the default one; null, after reporting the error, if the
     * cost file cannot be read.
     */
    UpgradePlanner planner(IdmModel model, Consumer<InputException> errors) {
        try {
            return readPlanner(model);
        } catch (InputException e) {
            errors.accept(e);
            return null;
        }
    }

    /**
     * The Indeks Desa planner for the cost file (item codes such as {@code 1.1.1}), or the default
     * one; null, after reporting the error, if the cost file cannot be read.
     */
    IndeksDesaPlanner indeksDesaPlanner(IndeksDesaModel model, Consumer<InputException> errors) {
        try {
            return costs == null ? IndeksDesaPlanner.official()
                    : IndeksDesaPlanner.of(readCosts((name, reader) -> PlanCosts.parse(model, name, reader)));
        } catch (InputException e) {
            errors.accept(e);
            return null;
        }
    }

    private UpgradePlanner readPlanner(IdmModel model) {
        return costs == null ? UpgradePlanner.official()
                : UpgradePlanner.of(readCosts((name, reader) -> PlanCosts.parse(model, name, reader)));
    }

    private PlanCosts readCosts(java.util.function.BiFunction<String, Reader, PlanCosts> parse) {
        String name = costs.toString();
        try (Reader reader = Files.newBufferedReader(costs, StandardCharsets.UTF_8)) {
            return parse.apply(name, reader);
        } catch (CostFormatException e) {
            String place = e.line() > 0 ? "line " + e.line() : "";
            String prefix = name + (e.line() > 0 ? ":" + e.line() : "") + ": ";
            String message = e.getMessage();
            throw new InputException(name, place, message.startsWith(prefix) ? message.substring(prefix.length())
                    : message, e);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "no such cost file", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(name, "", "the cost file cannot be read: " + Reasons.of(e), e);
        }
    }
}
