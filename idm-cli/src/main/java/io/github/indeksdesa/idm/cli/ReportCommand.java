// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.html.Edition;
import io.github.indeksdesa.idm.html.HtmlReports;
import io.github.indeksdesa.idm.html.VillagePage;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.UpgradePlanner;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.report.ReportRow;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idm report}: what a village facilitator reads, one block per village. */
@Command(name = "report", sortOptions = false,
        description = {"Print, for each village, what a village facilitator reads: identity, IKS/IKE/IKL/IDM, "
            + "status, target, minimum and gap, then the 50 indicators grouped by index and dimension with "
            + "score, meaning (KETERANGAN), recommended activity (KEGIATAN), gain (NILAI) and agencies.",
            "Weak indicators (score " + ReportCommand.WEAK + " or less) are marked with '!'.",
            "Indeks Desa villages (a score export): Skor ID, points P, status, target and the points still "
                + "needed, the six dimensions and their sub-dimensions in points against their maxima, and "
                + "the weak items with REKOMENDASI, KEGIATAN and agencies."})
final class ReportCommand extends BaseCommand {

    /** Scores up to this one are marked weak. */
    static final int WEAK = 2;

    @Option(names = "--lenient", description = "Accept any score 0..5, also off its indicator's ladder.")
    boolean lenient;

    /** The output formats. */
    enum Format { text, html }

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); html: one self-contained "
                + "page with a section per village (charts, weak indicators, plan to the next status, agencies).")
    Format format;

    @Mixin
    HtmlOutput html;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A rumusan JSON report, a directory of them, a scores table (CSV), an Indeks Desa score "
                + "export (CSV, CSV.GZ, XLSX), or - for stdin.")
    List<String> inputs;

    private boolean first = true;

    @Override
    public Integer call() throws IOException {
        html.check(spec, format == Format.html);
        Villages villages = new Villages(model, lenient, limits());
        if (format == Format.html) {
            UpgradePlanner planner = UpgradePlanner.official();
            IndeksDesaPlanner idPlanner = IndeksDesaPlanner.official();
            List<VillagePage> pages = new ArrayList<>();
            forEachSource(inputs, source -> {
                if (IndeksDesaVillages.isIndeksDesa(source, index, limits())) {
                    rows().readIndeksDesa(source, v -> idPage(v, idPlanner).ifPresent(pages::add));
                } else {
                    rows().readScored(source, villages, s -> pages.add(HtmlReports.village(s.identity(), s.result(),
                            planner.plan(s.result()))));
                }
            });
            html.write(this, out -> HtmlReports.writeVillages(title(pages), pages, out));
            return status(false);
        }
        forEachSource(inputs, source -> {
            if (IndeksDesaVillages.isIndeksDesa(source, index, limits())) {
                rows().readIndeksDesa(source, v -> {
                    separate();
                    IndeksDesaReport.print(out(), v);
                });
            } else {
                rows().readScored(source, villages, this::print);
            }
        });
        return status(false);
    }

    /** The page of an Indeks Desa village with its plan; empty (and reported) for a dimension table's village. */
    private Optional<VillagePage> idPage(IndeksDesaVillages.Scored v, IndeksDesaPlanner planner) {
        if (v.result().isEmpty()) {
            error(new InputException(v.source(), v.identity().villageCode().value(), "a dimension table gives only "
                    + "the six point sums; the village page needs the 127 item scores of a score export"));
            return Optional.empty();
        }
        return Optional.of(HtmlReports.village(v.identity(), v.result().get(), planner.plan(v.result().get())));
    }

    /** The page title, naming the editions of the villages. */
    static String title(List<VillagePage> pages) {
        Set<Edition> editions = EnumSet.noneOf(Edition.class);
        pages.forEach(p -> editions.add(p.edition()));
        String name = editions.size() == 1 && editions.contains(Edition.INDEKS_DESA) ? "Laporan Indeks Desa"
                : editions.size() > 1 ? "Laporan desa, IDM dan Indeks Desa" : "Laporan IDM desa";
        return name + " (" + pages.size() + " desa)";
    }

    /** The line between two villages' reports. */
    private void separate() {
        PrintWriter out = out();
        if (!first) {
            out.println();
            out.println("=".repeat(100));
            out.println();
        }
        first = false;
    }

    private void print(Villages.Scored scored) {
        PrintWriter out = out();
        separate();
        VillageResult r = scored.result();
        VillageIdentity id = scored.identity();
        List<String> place = new ArrayList<>();
        id.districtName().ifPresent(n -> place.add("Kec. " + n));
        id.regencyName().ifPresent(place::add);
        id.provinceName().ifPresent(place::add);
        out.println("Desa " + id.villageName().orElse("(name not given)") + " (" + r.villageCode().value() + "), "
                + (place.isEmpty() ? "" : String.join(", ", place) + ", ") + "IDM " + r.year());
        out.println("Source: " + scored.source());
        out.println();
        for (Index index : Index.values()) {
            out.printf("  %s %s  (%s: %d of %d points)%n", index, r.index(index).toBigDecimal().toPlainString(),
                    index.indonesianName(), r.scores().sum(index), model.maxSum(index));
        }
        out.printf("  IDM %s  (%d/%d)%n", r.idm().toBigDecimal().toPlainString(), r.value().gridNumerator(),
                model.gridDenominator());
        out.println();
        long need = model.lowestGridNumerator(r.targetStatus()) - r.value().gridNumerator();
        out.printf("  Status %s, target %s: minimum %s, gap %s%s%n", r.status().officialName(),
                r.targetStatus().officialName(), r.minimumScore().toPlainString(),
                r.gap().toBigDecimal(8, RoundingMode.HALF_UP).toPlainString(),
                need > 0 ? " (" + need + "/" + model.gridDenominator() + " of IDM still needed; one point is worth "
                        + model.weight(Index.IKS) + " in IKS, " + model.weight(Index.IKE) + " in IKE, "
                        + model.weight(Index.IKL) + " in IKL)" : " (reached)");
        long weak = model.indicators().stream().filter(i -> r.scores().score(i) <= WEAK).count();
        out.printf("  Weak indicators (score %d or less, marked !): %d of %d%n", WEAK, weak, model.indicatorCount());
        for (Index index : Index.values()) {
            out.println();
            out.printf("%s  %s  %s%n", index, index.indonesianName(), r.index(index).toBigDecimal().toPlainString());
            Map<String, List<Indicator>> dimensions = model.indicators(index).stream()
                    .collect(Collectors.groupingBy(Indicator::dimension, java.util.LinkedHashMap::new,
                            Collectors.toList()));
            for (Map.Entry<String, List<Indicator>> dimension : dimensions.entrySet()) {
                out.printf("  %s  %s%n", dimension.getKey(), r.dimension(dimension.getKey()).toBigDecimal()
                        .toPlainString());
                for (Indicator indicator : dimension.getValue()) {
                    indicator(out, r, indicator);
                }
            }
        }
    }

    private static void indicator(PrintWriter out, VillageResult r, Indicator indicator) {
        int score = r.scores().score(indicator);
        String gain = ReportRow.formatGain(r.gain(indicator));
        Optional<String> meaning = indicator.step(score).flatMap(s -> s.meaning());
        Optional<String> activity = indicator.step(score).flatMap(s -> s.activity());
        out.printf("  %s %-5s %-42s %d/5  gain %-10s  %s%n", score <= WEAK ? "!" : " ", indicator.code(),
                indicator.label().strip(), score, gain, meaning.orElse("-").replaceAll("\\s+", " ").strip());
        if (score < IdmModel.MAX_SCORE && activity.isPresent() && !activity.get().equals("-")) {
            out.printf("%13sKEGIATAN: %s%n", "", activity.get().replaceAll("\\s+", " ").strip());
            String agencies = agencies(indicator);
            if (!agencies.isEmpty()) {
                out.printf("%13sAgencies: %s%n", "", agencies);
            }
        }
    }

    static String agencies(Indicator indicator) {
        List<String> parts = new ArrayList<>();
        for (AgencyLevel level : AgencyLevel.values()) {
            indicator.agencies().get(level).ifPresent(name -> parts.add(level + " " + name));
        }
        return String.join("; ", parts);
    }
}
