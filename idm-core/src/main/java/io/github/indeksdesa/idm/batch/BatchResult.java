// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;

/**
 * The scoring of a {@link ScoreMatrix}: each village's grid numerator N and status, the count of
 * villages per status, and what-if questions answered from the stored N without rescoring.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BatchResult {

    private static final Status[] STATUSES = Status.values();

    private final ScoreMatrix matrix;
    private final Kernel kernel;
    private final short[] numerators;
    private final byte[] statuses;
    private final long[] counts;

    BatchResult(ScoreMatrix matrix, Kernel kernel, short[] numerators, byte[] statuses, long[] counts) {
        this.matrix = matrix;
        this.kernel = kernel;
        this.numerators = numerators;
        this.statuses = statuses;
        this.counts = counts;
    }

    /**
     * Returns the scores this result was computed from.
     *
     * @return the matrix, not null
     */
    public ScoreMatrix matrix() {
        return matrix;
    }

    /**
     * Returns how many villages were scored.
     *
     * @return the count
     */
    public int villageCount() {
        return numerators.length;
    }

    /**
     * Returns a village's IDM numerator N on the model's grid: IDM = N / {@link IdmModel#gridDenominator()}.
     *
     * @param village the 0-based village row
     * @return N, 0 to the grid denominator
     * @throws IndexOutOfBoundsException if the village is out of range
     */
    public int gridNumerator(int village) {
        return numerators[village] & 0xFFFF;
    }

    /**
     * Returns every village's grid numerator.
     *
     * @return a new array, one N per village, not null
     */
    public int[] gridNumerators() {
        int[] copy = new int[numerators.length];
        for (int v = 0; v < copy.length; v++) {
            copy[v] = numerators[v] & 0xFFFF;
        }
        return copy;
    }

    /**
     * Returns a village's IDM as an exact fraction.
     *
     * @param village the 0-based village row
     * @return N / grid denominator, reduced, not null
     * @throws IndexOutOfBoundsException if the village is out of range
     */
    public Fraction idm(int village) {
        return Fraction.of(gridNumerator(village), matrix.model().gridDenominator());
    }

    /**
     * Returns a village's status.
     *
     * @param village the 0-based village row
     * @return the status, not null
     * @throws IndexOutOfBoundsException if the village is out of range
     */
    public Status status(int village) {
        return STATUSES[statuses[village]];
    }

    /**
     * Returns every village's status as its ordinal in {@link Status#values()}.
     *
     * @return a new array, one ordinal per village, not null
     */
    public byte[] statusOrdinals() {
        return statuses.clone();
    }

    /**
     * Returns how many villages have a status.
     *
     * @param status the status, not null
     * @return the count
     */
    public long count(Status status) {
        return counts[Objects.requireNonNull(status, "status").ordinal()];
    }

    /**
     * Returns how many villages have each status.
     *
     * @return every status with its count (zero included), in status order, unmodifiable, not null
     */
    public Map<Status, Long> statusCounts() {
        return BatchScorer.countMap(counts);
    }

    /**
     * Answers "what if every village had this score for this indicator?": how many villages would
     * move from each status to each other. Computed from the stored N (the change is the index
     * weight times the score difference), without rescoring.
     *
     * @param indicator an indicator of the model, not null
     * @param score the new score, on the indicator's ladder
     * @return the status changes, not null
     * @throws IllegalArgumentException if the indicator is not the model's or the score is not on
     *     its ladder
     */
    public StatusChanges whatIf(Indicator indicator, int score) {
        return changes(indicator, score, null);
    }

    /**
     * Answers "what if these villages had this score for this indicator?": how many villages would
     * move from each status to each other. Villages outside the set keep their status and are
     * counted on the diagonal. Computed from the stored N, without rescoring.
     *
     * @param indicator an indicator of the model, not null
     * @param score the new score, on the indicator's ladder
     * @param villages the rows of the villages that change, not null; bits beyond the village
     *     count are ignored
     * @return the status changes, not null
     * @throws IllegalArgumentException if the indicator is not the model's or the score is not on
     *     its ladder
     */
    public StatusChanges whatIf(Indicator indicator, int score, BitSet villages) {
        return changes(indicator, score, Objects.requireNonNull(villages, "villages"));
    }

    /** The what-if count for the villages in the set, or for all when it is null. */
    private StatusChanges changes(Indicator indicator, int score, BitSet villages) {
        Objects.requireNonNull(indicator, "indicator");
        IdmModel model = matrix.model();
        int position = model.position(indicator);
        if (!indicator.allows(score)) {
            throw new IllegalArgumentException("score: expected one of " + indicator.allowedScores() + " for "
                    + indicator.describe() + ", found " + score);
        }
        int weight = (int) model.weight(indicator.index());
        byte[] scores = matrix.array();
        long[] moves = new long[STATUSES.length * STATUSES.length];
        // Villages outside the set stay where they are.
        long[] unchanged = counts.clone();
        int n = numerators.length;
        if (villages == null) {
            for (int v = 0; v < n; v++) {
                int from = statuses[v];
                int after = (numerators[v] & 0xFFFF) + weight * (score - scores[matrix.offset(v, position)]);
                moves[from * STATUSES.length + kernel.statusOf(after)]++;
            }
            return new StatusChanges(indicator, score, moves);
        }
        for (int v = villages.nextSetBit(0); v >= 0 && v < n; v = villages.nextSetBit(v + 1)) {
            int from = statuses[v];
            int after = (numerators[v] & 0xFFFF) + weight * (score - scores[matrix.offset(v, position)]);
            moves[from * STATUSES.length + kernel.statusOf(after)]++;
            unchanged[from]--;
        }
        for (int s = 0; s < STATUSES.length; s++) {
            moves[s * STATUSES.length + s] += unchanged[s];
        }
        return new StatusChanges(indicator, score, moves);
    }
}
