// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.IndexRecovery;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.json.RumusanWriter;
import io.github.indeksdesa.idm.tables.DimensionTableWriter;
import io.github.indeksdesa.idm.tables.IndeksDesaExportWriter;
import io.github.indeksdesa.idm.tables.ScoresTableWriter;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates every file the repository ships as data: the conformance vectors and the example
 * inputs under examples/data. Only figures quoted in the methodology (index sums and published
 * 4-dp values of named villages) go in; the indicator scores are chosen by our own generator to
 * reach those sums and are not the villages' real answers.
 */
final class ShippedData {

    private static final IdmModel MODEL = IdmModel.official();

    /**
     * A village of the methodology's worked examples (spec §5): its index sums.
     */
    private record Example(String code, int year, String village, String regency, String province, int iks, int ike,
            int ikl) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("6401022004", 2024, "KELADEN", "PASER", "KALIMANTAN TIMUR", 139, 50, 12),
            new Example("1508042002", 2023, "RANTAU IKIL", "BUNGO", "JAMBI", 154, 54, 10),
            new Example("1105112002", 2021, "LUBUK PANYANG", "ACEH BARAT", "ACEH", 119, 27, 10),
            new Example("1104012005", 2023, "GELAMPANG GADING", "ACEH TENGAH", "ACEH", 135, 49, 8),
            new Example("1107062002", 2021, "KRUENG JANGKO", "PIDIE", "ACEH", 99, 27, 6));

    /** The five East Kalimantan villages of spec §8 with their published 2023 and 2024 IKS, IKE, IKL. */
    private static final String[][] KALTIM = {
        {"6403012012", "MAPULU", "BERAU", "0.5314", "0.35", "0.8667", "0.6286", "0.35", "0.9333"},
        {"6407122001", "GERUNGUNG", "KUTAI BARAT", "0.5543", "0.4", "0.5333", "0.56", "0.4833", "0.5333"},
        {"6407122003", "TANJUNG SOKE", "KUTAI BARAT", "0.6343", "0.3167", "0.6667", "0.6571", "0.3833", "0.6667"},
        {"6407122004", "DERAYA", "KUTAI BARAT", "0.6343", "0.45", "0.5333", "0.7143", "0.3833", "0.6667"},
        {"6407122005", "LEMPER", "KUTAI BARAT", "0.6629", "0.4", "0.6", "0.6229", "0.45", "0.6"},
    };

    private ShippedData() {
    }

    /** Every generated file, by path relative to the repository root. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        Vectors kit = new Vectors(MODEL);
        List<Vectors.Vector> vectors = kit.generate();
        files.put("conformance/" + VectorsCommand.JSON_FILE, kit.toJson(vectors));
        files.put("conformance/" + VectorsCommand.CSV_FILE, kit.toCsv(vectors));
        StringWriter scores = new StringWriter();
        ScoresTableWriter table = ScoresTableWriter.open(scores, MODEL);
        for (Example e : EXAMPLES) {
            VillageScores s = VillageScores.of(MODEL, VillageCode.of(e.code()), e.year(),
                    kit.scoresForSums(e.iks(), e.ike(), e.ikl()));
            MinistryReport report = MinistryReport.of(s.evaluate(), VillageIdentity.of(s.villageCode(), e.village(),
                    null, e.regency(), e.province()));
            files.put("examples/data/rumusan/" + e.code() + "_" + e.year() + ".json",
                    RumusanWriter.official().toJson(report) + "\n");
        }
        // The scores table holds the villages the reports do not, so that a directory of both
        // (idm score examples/data) gives every village and year once.
        for (String[] v : KALTIM) {
            for (int year = 2023; year <= 2024; year++) {
                IdmValue value = recover(v, year == 2023 ? 3 : 6);
                table.write(VillageScores.of(MODEL, VillageCode.of(v[0]), year, kit.scoresForSums(
                        value.sum(Index.IKS), value.sum(Index.IKE), value.sum(Index.IKL))));
            }
        }
        files.put("examples/data/scores.csv", scores.toString());
        files.put("examples/data/bulk-kaltim.csv", bulk());
        indeksDesa(files);
        return files;
    }

    /** The made-up villages of the Indeks Desa examples: code, name, share of items at their best score. */
    private static final String[][] ID_VILLAGES = {
        {"9901012001", "SUKAMAJU", "0.95"}, {"9901012002", "SIDOREJO", "0.80"}, {"9901012003", "MEKARSARI", "0.55"},
        {"9901012004", "KARANGANYAR", "0.35"}, {"9901012005", "TANJUNGSARI", "0.15"},
        {"9901012006", "WONOSARI", "0.02"},
    };

    /** The district of the dimension table's villages: another one than the score export's. */
    private static final String DIMENSION_DISTRICT = "990102";

    /**
     * The Indeks Desa examples: a score export of six made-up villages (province 99 does not
     * exist), each item score drawn (seed 2025) from the item's observed scores — its best with the
     * village's share, else any; and a dimension table of six more made-up villages of the same
     * names in another district (990102) with the same dimension points, so
     * that a directory of both gives every village once. The dimension table's last row is published
     * with a wrong Skor ID and status, for {@code idm verify} to find.
     */
    private static void indeksDesa(Map<String, String> files) {
        IndeksDesaModel model = IndeksDesaModel.official();
        java.util.Random random = new java.util.Random(2025);
        StringWriter export = new StringWriter();
        StringWriter dimensions = new StringWriter();
        IndeksDesaExportWriter exportWriter = IndeksDesaExportWriter.open(export, model);
        DimensionTableWriter dimensionWriter = DimensionTableWriter.open(dimensions);
        for (String[] v : ID_VILLAGES) {
            double best = Double.parseDouble(v[2]);
            int[] scores = new int[model.itemCount()];
            for (int i = 0; i < scores.length; i++) {
                List<Integer> observed = model.items().get(i).observedScores();
                scores[i] = random.nextDouble() < best ? observed.get(observed.size() - 1)
                        : observed.get(random.nextInt(observed.size()));
            }
            IndeksDesaScores s = IndeksDesaScores.of(model, VillageCode.of(v[0]), 2025, scores);
            VillageIdentity identity = VillageIdentity.of(s.villageCode(), v[1], "KECAMATAN CONTOH",
                    "KABUPATEN CONTOH", "PROVINSI CONTOH");
            exportWriter.write(s, identity);
            String code = DIMENSION_DISTRICT + v[0].substring(DIMENSION_DISTRICT.length());
            IndeksDesaScores other = IndeksDesaScores.of(model, VillageCode.of(code), 2025, scores);
            if (v == ID_VILLAGES[ID_VILLAGES.length - 1]) {
                PublishedIndeksDesaRow computed = PublishedIndeksDesaRow.of(other.evaluate(), "", "");
                PublishedIndeksDesaRow.Builder wrong = PublishedIndeksDesaRow.builder("", "", code, 2025)
                        .names(v[1], "KECAMATAN CONTOH DUA", "KABUPATEN CONTOH", "PROVINSI CONTOH")
                        .skorId("61.50").status("MAJU");
                computed.dimensions().forEach(wrong::dimension);
                dimensionWriter.write(wrong.build());
            } else {
                dimensionWriter.write(other.evaluate(), VillageIdentity.of(other.villageCode(), v[1],
                        "KECAMATAN CONTOH DUA", "KABUPATEN CONTOH", "PROVINSI CONTOH"));
            }
        }
        files.put("examples/data/indeks-desa-2025.csv", export.toString());
        files.put("examples/data/indeks-desa-2025-dimensions.csv", dimensions.toString());
    }

    private static IdmValue recover(String[] v, int from) {
        return IndexRecovery.of(MODEL, new BigDecimal(v[from]), new BigDecimal(v[from + 1]),
                new BigDecimal(v[from + 2])).valueOrThrow();
    }

    /** A bulk table in the ministry's layout, two years side by side, and one faulty made-up row. */
    private static String bulk() {
        List<String> header = new ArrayList<>(List.of("KODE_PROV", "NAMA_PROVINSI", "KODE_KAB", "NAMA_KABUPATEN",
                "KODE_KEC", "NAMA_KECAMATAN", "KODE_DESA", "NAMA_DESA"));
        for (int year = 2023; year <= 2024; year++) {
            for (String column : List.of("IKS", "IKE", "IKL", "NILAI_IDM", "STATUS_IDM")) {
                header.add(column + "_" + year);
            }
        }
        StringBuilder out = new StringBuilder(Csv.line(header)).append('\n');
        for (String[] v : KALTIM) {
            VillageCode code = VillageCode.of(v[0]);
            List<String> row = new ArrayList<>(List.of(code.provinceCode(), "KALIMANTAN TIMUR", code.regencyCode(),
                    v[2], code.districtCode(), "", v[0], v[1]));
            for (int from : new int[] {3, 6}) {
                IdmValue value = recover(v, from);
                for (Index index : Index.values()) {
                    row.add(bulkNumber(value.index(index).toBigDecimal()));
                }
                row.add(bulkNumber(value.idm().toBigDecimal()));
                row.add(value.status().officialName());
            }
            out.append(Csv.line(row)).append('\n');
        }
        // A made-up village (province 99 does not exist) with the faults verify looks for: IKS 0.7
        // is off its 1/175 grid and the published status does not match the IDM.
        out.append(Csv.line(List.of("99", "CONTOH", "9901", "CONTOH", "990101", "CONTOH", "9901012001",
                "CONTOH SALAH", "0.7", "0.5", "0.6", "0.6", "MAJU", "0.7029", "0.5", "0.6", "0.601", "BERKEMBANG")))
                .append('\n');
        return out.toString();
    }

    /** As the ministry's tables write numbers: 4 dp with trailing zeros dropped. */
    private static String bulkNumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
    }
}
