package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.IndexRecovery;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.verify.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks bulk table rows and conformance results against the model, with the stable check names
 * of {@link Check} (docs/verify-checks.md); reports are checked by idm-core's verifier. Conformance
 * results use {@code SCORE_OFF_LADDER} and {@code VECTOR_MISMATCH}.
 */
final class TableVerifier {

    private final IdmModel model;

    TableVerifier(IdmModel model) {
        this.model = model;
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
            findings.accept(new Finding(source, code, year, Check.MALFORMED_CODE.name(), "KODE_DESA", code, "10 digits",
                    false, row.line()));
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
            findings.accept(new Finding(source, code, year, Check.MISSING_VALUE.name(), "STATUS_IDM" + suffix, null,
                    "a status", false, row.line()));
        }
        if (!complete) {
            if (!row.status().isEmpty() && published.isEmpty()) {
                findings.accept(new Finding(source, code, year, Check.STATUS_NOT_MATCHING_IDM.name(),
                        "STATUS_IDM" + suffix, row.status(), "a status name", false, row.line()));
            }
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
                findings.accept(new Finding(source, code, year, Check.IDM_NOT_MEAN.name(), names[3], texts[3],
                        idm.toPlainString() + " (" + value.idm() + ")", changed, row.line()));
            }
        } else {
            expected = Status.of(Fraction.of(values[3]));
            BigDecimal mean = values[0].add(values[1]).add(values[2]).divide(BigDecimal.valueOf(3), Fraction.DISPLAY_SCALE,
                    RoundingMode.HALF_UP);
            if (mean.compareTo(values[3]) != 0) {
                findings.accept(new Finding(source, code, year, Check.IDM_NOT_MEAN.name(), names[3], texts[3],
                        mean.toPlainString() + " (mean of the published parts, one of them off its grid)",
                        Status.of(Fraction.of(mean)) != expected, row.line()));
            }
            for (Index index : recovery.offGrid()) {
                int max = model.maxSum(index);
                BigDecimal k = values[index.ordinal()].multiply(BigDecimal.valueOf(max))
                        .setScale(0, RoundingMode.HALF_UP);
                String nearest = Fraction.of(k.longValueExact(), max).toBigDecimal().toPlainString() + " (" + k + "/"
                        + max + ")";
                findings.accept(new Finding(source, code, year, Check.PART_OFF_GRID.name(), names[index.ordinal()],
                        texts[index.ordinal()], "a multiple of 1/" + max + " within 0.00005, nearest " + nearest,
                        published.isPresent() && published.get() != expected, row.line()));
            }
        }
        if (!row.status().isEmpty() && (published.isEmpty() || published.get() != expected)) {
            findings.accept(new Finding(source, code, year, Check.STATUS_NOT_MATCHING_IDM.name(), "STATUS_IDM" + suffix,
                    row.status(), expected.officialName(), true, row.line()));
        }
    }

    private static BigDecimal number(String source, BulkTable.Row row, String name, String text,
            Consumer<Finding> findings) {
        if (text.isEmpty()) {
            findings.accept(new Finding(source, row.code(), row.year(), Check.MISSING_VALUE.name(), name, null, "a number 0..1",
                    false, row.line()));
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new NumberFormatException("out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            findings.accept(new Finding(source, row.code(), row.year(), Check.NOT_A_NUMBER.name(), name, text, "a number 0..1",
                    false, row.line()));
            return null;
        }
    }

    /** Checks an implementer's results for one vector: every result field present. */
    void vector(String source, String id, int[] scores, Map<String, String> results, Consumer<Finding> findings) {
        for (int i = 0; i < scores.length; i++) {
            Indicator indicator = model.indicators().get(i);
            if (!indicator.allows(scores[i])) {
                findings.accept(new Finding(source, null, null, Check.SCORE_OFF_LADDER.name(),
                        id + "/" + indicator.code(), Integer.toString(scores[i]), "one of " + indicator.allowedScores(),
                        false, 0));
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
                findings.accept(new Finding(source, null, null, Finding.VECTOR_MISMATCH, id + "/" + key, theirs,
                        String.valueOf(e.getValue()), changed, 0));
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
