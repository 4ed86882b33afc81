// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

/**
 * Thrown when an item's score is outside 1..5. The message names the item and the value:
 * {@code LD01 "Keberadaan PAUD/TK/Sederajat di Desa": score 0 is outside 1..5}. (A score in 1..5
 * that real data never shows for the item is accepted; verification reports it.)
 */
public final class InvalidItemScoreException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The code of the item. */
    private final String itemCode;
    /** The rejected value. */
    private final int value;

    InvalidItemScoreException(Item item, int value) {
        super(item.describe() + ": score " + value + " is outside " + IndeksDesaModel.MIN_SCORE + ".."
                + IndeksDesaModel.MAX_SCORE);
        this.itemCode = item.code();
        this.value = value;
    }

    /**
     * Returns the code of the item whose score was rejected.
     *
     * @return the code, e.g. "LD01", not null
     */
    public String itemCode() {
        return itemCode;
    }

    /**
     * Returns the rejected value.
     *
     * @return the value
     */
    public int value() {
        return value;
    }

    static void check(Item item, int value) {
        if (value < IndeksDesaModel.MIN_SCORE || value > IndeksDesaModel.MAX_SCORE) {
            throw new InvalidItemScoreException(item, value);
        }
    }
}
