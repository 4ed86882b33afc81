// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.verify.Check;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks an implementer's results for the conformance vectors (the IDM kit or the Indeks Desa kit)
 * against the model: findings {@code SCORE_OFF_LADDER} (IDM) or {@code SCORE_OUT_OF_RANGE}
 * (Indeks Desa), {@code MISSING_VALUE} (a result left blank or out) and {@code VECTOR_MISMATCH}.
 * Reports and bulk rows are checked by idm-core's verifier.
 */
final class VectorCheck {

    /** What differs between the two kits: the score columns, the result fields and how values compare. */
    interface Kit {
        /** The score columns, in order. */
        List<String> scoreCodes();

        /** The result fields, in order. */
        List<String> resultFields();

        /** Whether a whole number can be read as a score at all (else the vector is unreadable). */
        boolean readable(int score);

        /** What {@link #readable} takes, for messages: e.g. {@code "a whole score 0..5"}. */
        String readableText();

        /** Reports scores the model does not allow; true if the results can still be computed. */
        boolean checkScores(String source, String id, int[] scores, Consumer<Finding> findings);

        /** The model's results for valid scores. */
        Map<String, Object> expected(int[] scores);

        /** Whether an implementer's value agrees with the model's. */
        boolean agrees(String key, String theirs, Object ours);
    }

    private final Kit kit;

    VectorCheck(IdmModel model) {
        this(idm(model));
    }

    VectorCheck(Kit kit) {
        this.kit = kit;
    }

    /** The checker of the Indeks Desa kit. */
    static VectorCheck indeksDesa(IndeksDesaModel model) {
        return new VectorCheck(indeksDesaKit(model));
    }

    /** The kit this checker checks. */
    Kit kit() {
        return kit;
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
        if (!kit.checkScores(source, id, scores, findings)) {
            return;
        }
        Map<String, Object> expected = kit.expected(scores);
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
            if (!agreesSafely(key, theirs.strip(), e.getValue())) {
                findings.accept(new Finding(source, null, null, Finding.VECTOR_MISMATCH, id + "/" + key, theirs,
                        String.valueOf(e.getValue()), changed, ""));
            }
        }
    }

    private boolean agreesSafely(String key, String theirs, Object ours) {
        try {
            return kit.agrees(key, theirs, ours);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The IDM kit: 50 scores 0..5 on their ladders, results as {@code idm vectors} writes them. */
    static Kit idm(IdmModel model) {
        Vectors vectors = new Vectors(model);
        List<String> codes = model.indicators().stream().map(Indicator::code).toList();
        return new Kit() {
            @Override
            public List<String> scoreCodes() {
                return codes;
            }

            @Override
            public List<String> resultFields() {
                return Vectors.RESULT_FIELDS;
            }

            @Override
            public boolean readable(int score) {
                return score >= IdmModel.MIN_SCORE && score <= IdmModel.MAX_SCORE;
            }

            @Override
            public String readableText() {
                return "a whole score " + IdmModel.MIN_SCORE + ".." + IdmModel.MAX_SCORE;
            }

            @Override
            public boolean checkScores(String source, String id, int[] scores, Consumer<Finding> findings) {
                for (int i = 0; i < scores.length; i++) {
                    Indicator indicator = model.indicators().get(i);
                    if (!indicator.allows(scores[i])) {
                        findings.accept(new Finding(source, null, null, Check.SCORE_OFF_LADDER.name(),
                                id + "/" + indicator.code(), Integer.toString(scores[i]), "one of "
                                + indicator.allowedScores(), false, ""));
                    }
                }
                return true;
            }

            @Override
            public Map<String, Object> expected(int[] scores) {
                return vectors.expected(scores);
            }

            @Override
            public boolean agrees(String key, String theirs, Object ours) {
                if (key.endsWith("Double")) {
                    return Math.abs(Double.parseDouble(theirs) - (Double) ours) <= 1e-12;
                }
                if (key.endsWith("Fraction")) {
                    return Fraction.parse(theirs).equals(Fraction.parse((String) ours));
                }
                if (key.startsWith("sum") || key.equals("idmN")) {
                    return sameNumber(theirs, ours);
                }
                if (key.equals("status") || key.equals("targetStatus")) {
                    return theirs.toUpperCase(Locale.ROOT).equals(ours);
                }
                return theirs.equals(ours);
            }
        };
    }

    /**
     * The Indeks Desa kit: 127 item scores, each 1..5 (another whole number is a
     * {@code SCORE_OUT_OF_RANGE} finding and the vector's results are not checked); points, the six
     * dimension sums and points to target compared as numbers, {@code skorId} exactly, the statuses
     * ignoring case.
     */
    static Kit indeksDesaKit(IndeksDesaModel model) {
        IndeksDesaVectors vectors = new IndeksDesaVectors(model);
        List<String> codes = model.items().stream().map(Item::code).toList();
        return new Kit() {
            @Override
            public List<String> scoreCodes() {
                return codes;
            }

            @Override
            public List<String> resultFields() {
                return IndeksDesaVectors.RESULT_FIELDS;
            }

            @Override
            public boolean readable(int score) {
                return true;
            }

            @Override
            public String readableText() {
                return "a whole score";
            }

            @Override
            public boolean checkScores(String source, String id, int[] scores, Consumer<Finding> findings) {
                boolean valid = true;
                for (int i = 0; i < scores.length; i++) {
                    if (scores[i] < IndeksDesaModel.MIN_SCORE || scores[i] > IndeksDesaModel.MAX_SCORE) {
                        findings.accept(new Finding(source, null, null, Check.SCORE_OUT_OF_RANGE.name(),
                                id + "/" + codes.get(i), Integer.toString(scores[i]), IndeksDesaModel.MIN_SCORE
                                + ".." + IndeksDesaModel.MAX_SCORE, false, ""));
                        valid = false;
                    }
                }
                return valid;
            }

            @Override
            public Map<String, Object> expected(int[] scores) {
                return vectors.expected(scores);
            }

            @Override
            public boolean agrees(String key, String theirs, Object ours) {
                if (key.equals("status") || key.equals("targetStatus")) {
                    return theirs.toUpperCase(Locale.ROOT).equals(ours);
                }
                if (key.equals("skorId")) {
                    return theirs.equals(ours);
                }
                return sameNumber(theirs, ours);
            }
        };
    }

    private static boolean sameNumber(String theirs, Object ours) {
        return new BigDecimal(theirs).compareTo(new BigDecimal(String.valueOf(ours))) == 0;
    }
    /** The result fields of the kit. */
    List<String> resultFields() {
        return kit.resultFields();
    }
}
