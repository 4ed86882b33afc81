package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.InvalidScoreException;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Our indicator-level table: {@code kode_desa,tahun} followed by the 50 indicator codes as
 * columns (IKS01 … IKL03), one village and year per row.
 */
final class ScoresTable {

    private final IdmModel model;

    ScoresTable(IdmModel model) {
        this.model = model;
    }

    /** The header line. */
    String header() {
        List<String> names = new ArrayList<>();
        names.add("kode_desa");
        names.add("tahun");
        for (Indicator indicator : model.indicators()) {
            names.add(indicator.code());
        }
        return String.join(",", names);
    }

    /** One row of the table. */
    String row(VillageScores scores) {
        StringBuilder out = new StringBuilder(160);
        out.append(scores.villageCode().value()).append(',').append(scores.year());
        for (int i = 0; i < model.indicatorCount(); i++) {
            out.append(',').append(scores.score(i));
        }
        return out.toString();
    }

    /**
     * Reads every row; a bad row goes to {@code rejected} with its line and column, the rest to
     * {@code accepted}.
     *
     * @throws InputException if the header is not a scores table header
     */
    void read(String source, Reader reader, boolean lenient, Consumer<VillageScores> accepted,
            Consumer<InputException> rejected) {
        Csv csv = new Csv(reader);
        List<String> header = csv.header(source, "the header kode_desa,tahun,IKS01,…,IKL03");
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toUpperCase(Locale.ROOT), i);
        }
        int[] positions = new int[model.indicatorCount()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            Integer column = columns.get(model.indicators().get(i).code());
            if (column == null) {
                missing.add(model.indicators().get(i).code());
            } else {
                positions[i] = column;
            }
        }
        Integer codeColumn = columns.get("KODE_DESA");
        Integer yearColumn = columns.get("TAHUN");
        if (codeColumn == null || yearColumn == null || !missing.isEmpty()) {
            throw new InputException(source, "line 1", "expected the header kode_desa,tahun,IKS01,…,IKL03; missing "
                    + (codeColumn == null ? "kode_desa " : "") + (yearColumn == null ? "tahun " : "")
                    + String.join(",", missing));
        }
        while (true) {
            List<String> record;
            try {
                record = csv.next();
            } catch (IllegalArgumentException e) {
                rejected.accept(new InputException(source, "line " + csv.recordLine(), e.getMessage(), e));
                return;
            }
            if (record == null) {
                return;
            }
            String line = "line " + csv.recordLine();
            try {
                accepted.accept(parse(source, line, record, codeColumn, yearColumn, positions, lenient));
            } catch (InputException e) {
                rejected.accept(e);
            }
        }
    }

    private VillageScores parse(String source, String line, List<String> record, int codeColumn, int yearColumn,
            int[] positions, boolean lenient) {
        String code = cell(record, codeColumn);
        if (!VillageCode.isValid(code)) {
            throw new InputException(source, line + ", kode_desa", "expected a 10-digit village code, found \""
                    + code + "\"");
        }
        int year = whole(source, line + ", tahun", cell(record, yearColumn), 1, 9999);
        int[] scores = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            Indicator indicator = model.indicators().get(i);
            scores[i] = whole(source, line + ", " + indicator.code(), cell(record, positions[i]),
                    IdmModel.MIN_SCORE, IdmModel.MAX_SCORE);
        }
        try {
            return VillageScores.builder(model).villageCode(VillageCode.of(code)).year(year)
                    .validation(lenient ? ScoreValidation.RANGE : ScoreValidation.LADDER).scores(scores).build();
        } catch (InvalidScoreException e) {
            throw new InputException(source, line + ", " + e.indicatorCode(), e.getMessage()
                    + " (--lenient accepts any 0..5)", e);
        }
    }

    private static String cell(List<String> record, int column) {
        return column < record.size() ? record.get(column).strip() : "";
    }

    static int whole(String source, String place, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InputException(source, place, "expected a whole number " + min + ".." + max + ", found \""
                    + text + "\"", e);
        }
        if (value < min || value > max) {
            throw new InputException(source, place, "expected a whole number " + min + ".." + max + ", found "
                    + value);
        }
        return value;
    }
}
