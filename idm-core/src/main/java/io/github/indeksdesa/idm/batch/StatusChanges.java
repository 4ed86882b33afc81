// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;

/**
 * The answer to a what-if question over a batch: how many villages move from each status to each
 * other when one indicator is set to one score (see {@link BatchResult#whatIf(Indicator, int)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusChanges {

    private final Indicator indicator;
    private final int score;
    private final StatusMoves moves;

    StatusChanges(Indicator indicator, int score, long[] moves) {
        this.indicator = indicator;
        this.score = score;
        this.moves = new StatusMoves(moves);
    }

    /**
     * Returns the indicator that was changed.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the score it was set to.
     *
     * @return the score
     */
    public int score() {
        return score;
    }

    /**
     * Returns how many villages had status {@code from} before and have {@code to} after.
     *
     * @param from the status before, not null
     * @param to the status after, not null
     * @return the count; on the diagonal, the villages that keep their status
     */
    public long count(Status from, Status to) {
        return moves.count(from, to);
    }

    /**
     * Returns how many villages have a status before the change.
     *
     * @param status the status, not null
     * @return the count
     */
    public long before(Status status) {
        return moves.before(status);
    }

    /**
     * Returns how many villages have a status after the change.
     *
     * @param status the status, not null
     * @return the count
     */
    public long after(Status status) {
        return moves.after(status);
    }

    /**
     * Returns how many villages change status.
     *
     * @return the count off the diagonal
     */
    public long changed() {
        return moves.changed();
    }

    /**
     * Returns how many villages move to a higher status.
     *
     * @return the count above the diagonal
     */
    public long raised() {
        return moves.raised();
    }

    /**
     * Returns the changes as text: the indicator and score, then each non-zero move off the diagonal,
     * e.g. {@code IKS02=5: 120 changed; TERTINGGAL→BERKEMBANG 100, MAJU→MANDIRI 20}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return moves.describe(indicator.code(), score);
    }
}
