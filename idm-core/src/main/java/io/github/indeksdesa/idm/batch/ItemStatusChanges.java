// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.Item;

/**
 * The answer to an Indeks Desa what-if question over a batch: how many villages move from each
 * status to each other when one item is set to one score (see
 * {@link IndeksDesaBatchResult#whatIf(Item, int)}). The IDM counterpart is {@link StatusChanges}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ItemStatusChanges {

    private final Item item;
    private final int score;
    private final StatusMoves moves;

    ItemStatusChanges(Item item, int score, long[] moves) {
        this.item = item;
        this.score = score;
        this.moves = new StatusMoves(moves);
    }

    /**
     * Returns the item that was changed.
     *
     * @return the item, not null
     */
    public Item item() {
        return item;
    }

    /**
     * Returns the score it was set to.
     *
     * @return the score, 1..5
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
     * Returns the changes as text: the item and score, then each non-zero move off the diagonal,
     * e.g. {@code LD01=5: 40 changed; BERKEMBANG→MAJU 40}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return moves.describe(item.code(), score);
    }
}
