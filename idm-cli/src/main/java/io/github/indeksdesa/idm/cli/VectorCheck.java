package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.verify.Check;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks an implementer's results for the conformance vectors against the model: findings
 * {@code SCORE_OFF_LADDER}, {@code MISSING_VALUE} (a result left blank or out) and
 * {@code VECTOR_MISMATCH}. Reports and bulk rows are checked by idm-core's verifier.
 */
final class VectorCheck {

    private final IdmModel model;

    VectorCheck(IdmModel model) {
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

    /** Checks an implementer's results for one vector: every result field, a blank or absent one included. */
    void vector(String source, String id, int[] scores, Map<String, String> results, Consumer<Finding> findings) {
        for (int i = 0; i < scores.length; i++) {
            Indicator indicator = model.indicators().get(i);
            if (!indicator.allows(scores[i])) {
                findings.accept(new Finding(source, null, null, Check.SCORE_OFF_LADDER.name(),
                        id + "/" + indicator.code(), Integer.toString(scores[i]), "one of " + indicator.allowedScores(),
                        false, ""));
            }
        }
        Map<String, Object> expected = new Vectors(model).expected(scores);
        String ourStatus = (String) expected.get("status");
        String theirStatus = results.get("status");
        boolean changed = theirStatus != null && !theirStatus.strip().equalsIgnoreCase(ourStatus);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            String key = e.getKey();
            String theirs = results.get(key);
            if (theirs == null || theirs.isBlank()) {
                findings.accept(new Finding(source, null, null, Check.MISSING_VALUE.name(), id + "/" + key, null,
                        String.valueOf(e.getValue()), false, ""));
                continue;
            }
            if (!agrees(key, theirs.strip(), e.getValue())) {
                findings.accept(new Finding(source, null, null, Finding.VECTOR_MISMATCH, id + "/" + key, theirs,
                        String.valueOf(e.getValue()), changed, ""));
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
