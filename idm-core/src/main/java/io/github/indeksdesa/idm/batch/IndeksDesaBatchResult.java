// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.id.SkorId;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The scoring of an {@link IndeksDesaMatrix}: each village's total points P and status, the count
 * of villages per status, and what-if questions answered from the stored P without rescoring. The
 * IDM counterpart is {@link BatchResult}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaBatchResult {

    private static final Status[] STATUSES = Status.values();

    private final IndeksDesaMatrix matrix;
    private final byte[] statusOfPoints;
    private final short[] points;
    private final byte[] statuses;
    private final long[] counts;

    IndeksDesaBatchResult(IndeksDesaMatrix matrix, byte[] statusOfPoints, short[] points, byte[] statuses,
            long[] counts) {
        this.matrix = matrix;
        this.statusOfPoints = statusOfPoints;
        this.points = points;
        this.statuses = statuses;
        this.counts = counts;
    }

    /**
     * Returns the scores this result was computed from.
     *
     * @return the matrix, not null
     */
    public IndeksDesaMatrix matrix() {
        return matrix;
    }

    /**
     * Returns how many villages were scored.
     *
     * @return the count
     */
    public int villageCount() {
        return points.length;
    }

    /**
     * Returns a village's total points P.
     *
     * @param village the 0-based village row
     * @return P, {@code minPoints()..maxPoints()} of the model (127..635 officially)
     * @throws IndexOutOfBoundsException if the village is out of range
     */
    public int points(int village) {
        return points[Objects.checkIndex(village, points.length)];
    }

    /**
     * Returns every village's total points, in row order.
     *
     * @return a new array, not null
     */
    public int[] points() {
        int[] copy = new int[points.length];
        for (int v = 0; v < points.length; v++) {
            copy[v] = points[v];
        }
        return copy;
    }

    /**
     * Returns a village's Skor ID.
     *
     * @param village the 0-based village row
     * @return the score, not null
     * @throws IndexOutOfBoundsException if the village is out of range
     */
    public SkorId skorId(int village) {
        return SkorId.of(points(village), matrix.model());
    }

    /**
     * Returns a village's status.
     *
     * @param village the 0-based village row
     * @return the status, not null
     * @throws IndexOutOfBoundsException if the village is out of range
     */
    public Status status(int village) {
        return STATUSES[statuses[Objects.checkIndex(village, statuses.length)]];
    }

    /**
     * Returns every village's status as its ordinal ({@code Status.values()[b]}), in row order.
     *
     * @return a new array, not null
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
     * Returns the count of villages per status, every status present (0 where none).
     *
     * @return the counts in status order, unmodifiable, not null
     */
    public Map<Status, Long> statusCounts() {
        Map<Status, Long> map = new EnumMap<>(Status.class);
        for (Status status : STATUSES) {
            map.put(status, counts[status.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Answers "what if every village had this score for this item?": how many villages would move
     * from each status to each other. Computed from the stored P (the change is the score
     * difference), without rescoring.
     *
     * @param item an item of the model, not null
     * @param score the new score, 1..5
     * @return the status changes, not null
     * @throws IllegalArgumentException if the item is not the model's or the score is outside 1..5
     */
    public ItemStatusChanges whatIf(Item item, int score) {
        return changes(item, score, null);
    }

    /**
     * Answers "what if these villages had this score for this item?". Villages outside the set keep
     * their status and are counted on the diagonal.
     *
     * @param item an item of the model, not null
     * @param score the new score, 1..5
     * @param villages the rows of the villages that change, not null; bits beyond the village count
     *     are ignored
     * @return the status changes, not null
     * @throws IllegalArgumentException if the item is not the model's or the score is outside 1..5
     */
    public ItemStatusChanges whatIf(Item item, int score, BitSet villages) {
        return changes(item, score, Objects.requireNonNull(villages, "villages"));
    }

    private ItemStatusChanges changes(Item item, int score, BitSet villages) {
        Objects.requireNonNull(item, "item");
        IndeksDesaModel model = matrix.model();
        int position = model.position(item);
        if (score < IndeksDesaModel.MIN_SCORE || score > IndeksDesaModel.MAX_SCORE) {
            throw new IllegalArgumentException("score: expected 1..5 for " + item.describe() + ", found " + score);
        }
        int width = model.itemCount();
        byte[] scores = matrix.array();
        long[] moves = new long[STATUSES.length * STATUSES.length];
        long[] unchanged = counts.clone();
        int n = points.length;
        if (villages == null) {
            for (int v = 0, at = position; v < n; v++, at += width) {
                int after = points[v] + score - scores[at];
                moves[statuses[v] * STATUSES.length + statusOfPoints[after]]++;
            }
            return new ItemStatusChanges(item, score, moves);
        }
        for (int v = villages.nextSetBit(0); v >= 0 && v < n; v = villages.nextSetBit(v + 1)) {
            int after = points[v] + score - scores[v * width + position];
            moves[statuses[v] * STATUSES.length + statusOfPoints[after]]++;
            unchanged[statuses[v]]--;
        }
        for (int s = 0; s < STATUSES.length; s++) {
            moves[s * STATUSES.length + s] += unchanged[s];
        }
        return new ItemStatusChanges(item, score, moves);
    }
}
