package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.IndexRecovery;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.LadderStep;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.report.ReportRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks published data against the model. The check names are stable (documented in docs/cli.md):
 * reports: {@code score-off-ladder, subtotal, idm, status, target-status, minimum-score, gap, gain,
 * text, agencies}; bulk rows: {@code malformed-code, missing-value, malformed-value, off-grid,
 * idm-mean, status}; conformance results: {@code score-off-ladder, vector}.
 */
final class Verifier {

    /** How far a published unrounded double may be from the exact value. */
    static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

    private final IdmModel model;

    Verifier(IdmModel model) {
        this.model = model;
    }

    /** Checks one ministry report; returns the recomputed result. */
    VillageResult report(PublishedReport report, Consumer<Finding> findings) {
        String code = report.identity().villageCode().value();
        Integer year = report.year();
        for (int i = 0; i < report.scores().length; i++) {
            Indicator indicator = model.indicators().get(i);
            if (!indicator.allows(report.scores()[i])) {
                findings.accept(new Finding(report.source(), code, year, "score-off-ladder",
                        "mapData.ROW[" + report.rows().get(i).rowIndex() + "].SKOR", Integer.toString(report.scores()[i]),
                        "one of " + indicator.allowedScores() + " (" + indicator.code() + ")", false));
            }
        }
        VillageResult result = report.villageScores(model, true).evaluate();
        Optional<Status> published = parseStatus(report.status());
        boolean changed = published.isEmpty() || published.get() != result.status();
        int row = 0;
        for (Index index : Index.values()) {
            row += model.indicatorCount(index);
            decimal(report, "subtotal", "mapData.ROW[" + row + "].SKOR", report.subtotals()[index.ordinal()],
                    result.index(index), changed, findings);
            row++;
        }
        decimal(report, "idm", "mapData.ROW[" + row + "].SKOR", report.idmRow(), result.idm(), changed, findings);
        decimal(report, "idm", "mapData.SUMMARIES.SKOR_SAAT_INI", report.currentScore(), result.idm(), changed,
                findings);
        status(report, "status", "mapData.ROW[" + (row + 1) + "].SKOR", report.statusRow(), result.status(), changed,
                findings);
        status(report, "status", "mapData.SUMMARIES.STATUS", report.status(), result.status(), changed, findings);
        status(report, "target-status", "mapData.SUMMARIES.TARGET_STATUS", report.targetStatus(),
                result.targetStatus(), changed, findings);
        String minimum = result.minimumScore().toPlainString();
        if (!minimum.equals(report.minimumScore().strip())) {
            findings.accept(new Finding(report.source(), code, year, "minimum-score", "mapData.SUMMARIES.SKOR_MINIMAL",
                    report.minimumScore(), minimum, changed));
        }
        decimal(report, "gap", "mapData.SUMMARIES.PENAMBAHAN", report.gap(), result.gap(), changed, findings);
        for (int i = 0; i < report.rows().size(); i++) {
            rowChecks(report, report.rows().get(i), model.indicators().get(i), result, findings);
        }
        return result;
    }

    private void rowChecks(PublishedReport report, PublishedReport.Row row, Indicator indicator, VillageResult result,
            Consumer<Finding> findings) {
        String path = "mapData.ROW[" + row.rowIndex() + "].";
        String code = report.identity().villageCode().value();
        String gain = ReportRow.formatGain(result.gain(indicator));
        if (!gain.equals(row.gain())) {
            findings.accept(new Finding(report.source(), code, report.year(), "gain", path + "NILAI", row.gain(), gain,
                    false));
        }
        Optional<LadderStep> step = indicator.step(result.scores().score(indicator));
        String meaning = step.flatMap(LadderStep::meaning).orElse(null);
        String activity = step.flatMap(LadderStep::activity).orElse(null);
        if (step.isPresent() && !Objects.equals(meaning, row.meaning())) {
            findings.accept(new Finding(report.source(), code, report.year(), "text", path + "KETERANGAN",
                    row.meaning(), meaning, false));
        }
        if (step.isPresent() && !Objects.equals(activity, row.activity())) {
            findings.accept(new Finding(report.source(), code, report.year(), "text", path + "KEGIATAN",
                    row.activity(), activity, false));
        }
        Map<AgencyLevel, String> expected = new EnumMap<>(indicator.agencies().asMap());
        for (AgencyLevel level : AgencyLevel.values()) {
            String want = expected.get(level);
            String have = row.agencies().get(level);
            if (!Objects.equals(want, have)) {
                findings.accept(new Finding(report.source(), code, report.year(), "agencies", path + level.name(), have,
                        want, false));
            }
        }
    }

    private static void decimal(PublishedReport report, String check, String field, BigDecimal published,
            Fraction exact, boolean changed, Consumer<Finding> findings) {
        if (differs(published, exact)) {
            findings.accept(new Finding(report.source(), report.identity().villageCode().value(), report.year(), check,
                    field, published.toPlainString(), Double.toString(exact.doubleValue()), changed));
        }
    }

    /** Whether a published unrounded value is further than {@link #TOLERANCE} from the exact one. */
    static boolean differs(BigDecimal published, Fraction exact) {
        BigDecimal scaled = published.multiply(BigDecimal.valueOf(exact.denominator()))
                .subtract(BigDecimal.valueOf(exact.numerator()));
        return scaled.abs().compareTo(TOLERANCE.multiply(BigDecimal.valueOf(exact.denominator()))) > 0;
    }

    private static void status(PublishedReport report, String check, String field, String published, Status expected,
            boolean changed, Consumer<Finding> findings) {
        if (parseStatus(published).orElse(null) != expected) {
            findings.accept(new Finding(report.source(), report.identity().villageCode().value(), report.year(), check,
                    field, published, expected.officialName(), changed));
        }
    }

    static Optional<Status> parseStatus(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Status.parse(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Checks one bulk row. */
    void bulk(String source, BulkTable.Row row, Consumer<Finding> findings) {
        String suffix = "_" + row.year();
        String code = row.code();
        Integer year = row.year();
        if (!VillageCode.isValid(code)) {
            findings.accept(new Finding(source, code, year, "malformed-code", "KODE_DESA (line " + row.line() + ")",
                    code, "10 digits", false));
        }
        String[] names = {"IKS" + suffix, "IKE" + suffix, "IKL" + suffix, "NILAI_IDM" + suffix};
        String[] texts = {row.iks(), row.ike(), row.ikl(), row.idm()};
        BigDecimal[] values = new BigDecimal[4];
        boolean complete = true;
        for (int i = 0; i < 4; i++) {
            values[i] = number(source, row, names[i], texts[i], findings);
            complete &= values[i] != null;
        }
        Optional<Status> published = parseStatus(row.status());
        if (row.status().isEmpty()) {
            findings.accept(new Finding(source, code, year, "missing-value", "STATUS_IDM" + suffix + " (line "
                    + row.line() + ")", null, "a status", false));
        } else if (published.isEmpty()) {
            findings.accept(new Finding(source, code, year, "malformed-value", "STATUS_IDM" + suffix + " (line "
                    + row.line() + ")", row.status(), "a status name", false));
        }
        if (!complete) {
            return;
        }
        IndexRecovery recovery = IndexRecovery.of(model, values[0], values[1], values[2]);
        Status expected;
        if (recovery.isOnGrid()) {
            IdmValue value = recovery.valueOrThrow();
            expected = value.status();
            BigDecimal idm = value.idm().toBigDecimal();
            if (idm.compareTo(values[3]) != 0) {
                boolean changed = Status.of(Fraction.of(values[3])) != expected;
                findings.accept(new Finding(source, code, year, "idm-mean", names[3] + " (line " + row.line() + ")",
                        texts[3], idm.toPlainString() + " (" + value.idm() + ")", changed));
            }
        } else {
            expected = Status.of(Fraction.of(values[3]));
            for (Index index : recovery.offGrid()) {
                int max = model.maxSum(index);
                BigDecimal k = values[index.ordinal()].multiply(BigDecimal.valueOf(max))
                        .setScale(0, RoundingMode.HALF_UP);
                String nearest = Fraction.of(k.longValueExact(), max).toBigDecimal().toPlainString() + " (" + k + "/"
                        + max + ")";
                findings.accept(new Finding(source, code, year, "off-grid", names[index.ordinal()] + " (line "
                        + row.line() + ")", texts[index.ordinal()], "a multiple of 1/" + max + " within 0.00005, "
                        + "nearest " + nearest, published.isPresent() && published.get() != expected));
            }
        }
        if (published.isPresent() && published.get() != expected) {
            findings.accept(new Finding(source, code, year, "status", "STATUS_IDM" + suffix + " (line " + row.line()
                    + ")", row.status(), expected.officialName(), true));
        }
    }

    private static BigDecimal number(String source, BulkTable.Row row, String name, String text,
            Consumer<Finding> findings) {
        if (text.isEmpty()) {
            findings.accept(new Finding(source, row.code(), row.year(), "missing-value", name + " (line " + row.line()
                    + ")", null, "a number 0..1", false));
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new NumberFormatException("out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            findings.accept(new Finding(source, row.code(), row.year(), "malformed-value", name + " (line "
                    + row.line() + ")", text, "a number 0..1", false));
            return null;
        }
    }

    /** Checks an implementer's results for one vector: every result field present. */
    void vector(String source, String id, int[] scores, Map<String, String> results, Consumer<Finding> findings) {
        for (int i = 0; i < scores.length; i++) {
            Indicator indicator = model.indicators().get(i);
            if (!indicator.allows(scores[i])) {
                findings.accept(new Finding(source, null, null, "score-off-ladder", id + "/" + indicator.code(),
                        Integer.toString(scores[i]), "one of " + indicator.allowedScores(), false));
            }
        }
        Map<String, Object> expected = new Vectors(model).expected(scores);
        String ourStatus = (String) expected.get("status");
        String theirStatus = results.get("status");
        boolean changed = theirStatus != null && !theirStatus.strip().equalsIgnoreCase(ourStatus);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            String key = e.getKey();
            String theirs = results.get(key);
            if (theirs == null) {
                continue;
            }
            if (!agrees(key, theirs.strip(), e.getValue())) {
                findings.accept(new Finding(source, null, null, "vector", id + "/" + key, theirs,
                        String.valueOf(e.getValue()), changed));
            }
        }
    }

    private static boolean agrees(String key, String theirs, Object ours) {
        try {
            if (key.endsWith("Double")) {
                return Math.abs(Double.parseDouble(theirs) - (Double) ours) <= 1e-12;
            }
            if (key.endsWith("Fraction")) {
                return Fraction.parse(theirs).equals(Fraction.parse((String) ours));
            }
            if (key.startsWith("sum") || key.equals("idmN")) {
                return new BigDecimal(theirs).compareTo(new BigDecimal(String.valueOf(ours))) == 0;
            }
            if (key.equals("status") || key.equals("targetStatus")) {
                return theirs.toUpperCase(Locale.ROOT).equals(ours);
            }
            return theirs.equals(ours);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The result fields of the kit. */
    static List<String> resultFields() {
        return Vectors.RESULT_FIELDS;
    }
}
