// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.plan.RegionLevel;
import io.github.indeksdesa.idm.plan.UpgradePlan;
import io.github.indeksdesa.idm.plan.UpgradePlanner;
import io.github.indeksdesa.idm.plan.VillageValue;
import io.github.indeksdesa.idm.plan.YearOverYear;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Synthetic villages (scores chosen on each indicator's ladder by a fixed rule, names made up) and
 * the four page types built from them. Nothing here is ministry data.
 */
final class Samples {

    static final IdmModel MODEL = IdmModel.official();
    static final String[] NAMES = {"Sukamaju", "Tanjung Harapan", "Long Bagun", "Sei Kapih", "Muara Baru",
        "Karang Anyar", "Batu Putih", "Lempake"};
    static final String[] CODES = {"6401022004", "6401022005", "6402011001", "6402011002", "6403012012",
        "6403012013", "6471011001", "6471011002"};

    private Samples() {
    }

    /** Village {@code k} in {@code year}: a level chosen so the villages spread over the statuses and move both ways. */
    static VillageResult result(int k, int year) {
        int[] scores = new int[MODEL.indicatorCount()];
        List<Indicator> indicators = MODEL.indicators();
        double level = 0.05 + 0.12 * k + (year == 2024 ? (k % 3 == 0 ? -0.08 : 0.1) : 0);
        for (int i = 0; i < scores.length; i++) {
            List<Integer> allowed = indicators.get(i).allowedScores();
            long pick = Math.round(level * (allowed.size() - 1) + ((i * 7 + k) % 3 - 1));
            scores[i] = allowed.get((int) Math.max(0, Math.min(allowed.size() - 1, pick)));
        }
        return VillageScores.of(MODEL, VillageCode.of(CODES[k]), year, scores).evaluate();
    }

    static final IndeksDesaModel ID_MODEL = IndeksDesaModel.official();

    /** Village {@code k} in the Indeks Desa 2025: scores 1..5 around a level that rises with k. */
    static IndeksDesaResult idResult(int k) {
        int[] scores = new int[ID_MODEL.itemCount()];
        for (int i = 0; i < scores.length; i++) {
            long pick = Math.round(1 + 0.55 * k + ((i * 5 + k) % 3 - 1));
            scores[i] = (int) Math.max(1, Math.min(5, pick));
        }
        return IndeksDesaScores.of(ID_MODEL, VillageCode.of(CODES[k]), 2025, scores).evaluate();
    }

    static List<VillagePage> idVillages(int count) {
        List<VillagePage> pages = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            pages.add(HtmlReports.village(identity(k), idResult(k)));
        }
        return pages;
    }

    static List<io.github.indeksdesa.idm.plan.IndeksDesaPlan> idPlans() {
        List<io.github.indeksdesa.idm.plan.IndeksDesaPlan> plans = new ArrayList<>();
        for (int k = 0; k < CODES.length; k++) {
            plans.add(io.github.indeksdesa.idm.plan.IndeksDesaPlanner.official().plan(idResult(k)));
        }
        return plans;
    }

    static InterventionsPage idInterventions() {
        return HtmlReports.interventions("Rencana kenaikan status desa, Indeks Desa (contoh)",
                "Langkah rencana tiap desa ke status berikutnya.", idPlans(), NAME_OF, CODES.length);
    }

    static SummaryPage idSummary() {
        RegionalSummary summary = RegionalSummary.of(RegionLevel.REGENCY);
        for (int k = 0; k < CODES.length; k++) {
            summary.add(idResult(k), identity(k).regencyName().orElse(""));
        }
        return summary.toPage("Ringkasan Indeks Desa Kalimantan Timur (contoh)");
    }

    static VillageIdentity identity(int k) {
        return VillageIdentity.of(VillageCode.of(CODES[k]), NAMES[k], "Kecamatan " + (k / 2 + 1),
                k < 6 ? "Kabupaten Contoh " + (k / 2 + 1) : "Kota Contoh", "KALIMANTAN TIMUR");
    }

    static final Function<VillageCode, String> NAME_OF = code -> {
        for (int k = 0; k < CODES.length; k++) {
            if (CODES[k].equals(code.value())) {
                return NAMES[k];
            }
        }
        return "";
    };

    static List<VillagePage> villages(int count) {
        UpgradePlanner planner = UpgradePlanner.official();
        List<VillagePage> pages = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            VillageResult r = result(k, 2024);
            pages.add(HtmlReports.village(identity(k), r, planner.plan(r)));
        }
        return pages;
    }

    static SummaryPage summary() {
        RegionalSummary summary = RegionalSummary.of(RegionLevel.REGENCY);
        for (int k = 0; k < CODES.length; k++) {
            summary.add(result(k, 2024), identity(k).regencyName().orElse(""));
        }
        return summary.toPage("Ringkasan IDM Kalimantan Timur (contoh)");
    }

    static List<UpgradePlan> plans() {
        UpgradePlanner planner = UpgradePlanner.official();
        List<UpgradePlan> plans = new ArrayList<>();
        for (int k = 0; k < CODES.length; k++) {
            plans.add(planner.plan(result(k, 2024)));
        }
        return plans;
    }

    static InterventionsPage interventions() {
        List<UpgradePlan> plans = plans();
        return HtmlReports.interventions("Pekerjaan per pelaksana (contoh)", "Langkah rencana tiap desa ke status "
                + "berikutnya.", Interventions.ofPlans(plans), NAME_OF, CODES.length, plans);
    }

    static ComparePage compare() {
        List<VillageValue> values = new ArrayList<>();
        for (int k = 0; k < CODES.length; k++) {
            values.add(VillageValue.of(result(k, 2023)));
            values.add(VillageValue.of(result(k, 2024)));
        }
        return HtmlReports.compare(YearOverYear.of(values).compare(2023, 2024), NAME_OF);
    }

    /**
     * Each page type written to a file under {@code dir}: village (5 villages), summary, interventions, compare,
     * and the Indeks Desa village report (all 8 villages) and summary.
     */
    static Map<String, Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        HtmlReports.writeVillages("Laporan desa (contoh)", villages(5), out);
        files.put("village", save(dir.resolve("village.html"), out));
        out.setLength(0);
        HtmlReports.writeSummary(summary(), out);
        files.put("summary", save(dir.resolve("summary.html"), out));
        out.setLength(0);
        HtmlReports.writeInterventions(interventions(), out);
        files.put("interventions", save(dir.resolve("interventions.html"), out));
        out.setLength(0);
        HtmlReports.writeCompare(compare(), out);
        files.put("compare", save(dir.resolve("compare.html"), out));
        out.setLength(0);
        HtmlReports.writeVillages("Laporan desa Indeks Desa (contoh)", idVillages(CODES.length), out);
        files.put("id-village", save(dir.resolve("id-village.html"), out));
        out.setLength(0);
        HtmlReports.writeSummary(idSummary(), out);
        files.put("id-summary", save(dir.resolve("id-summary.html"), out));
        out.setLength(0);
        HtmlReports.writeInterventions(idInterventions(), out);
        files.put("id-interventions", save(dir.resolve("id-interventions.html"), out));
        return files;
    }

    private static Path save(Path file, CharSequence text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
