// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The Indeks Desa scores of many villages in one flat array: one byte per item score (127 a village
 * in the official edition), villages one after another, each row in official item order. Village
 * {@code v}'s score for the item at position {@code p} is {@code scores[v * itemCount + p]}.
 * Optionally carries each village's code and year. The IDM counterpart is {@link ScoreMatrix}.
 *
 * <p>Making a matrix does not check the scores; {@link IndeksDesaBatchScorer} rejects any score
 * outside 1..5 in its scoring pass (so every result is the one {@link IndeksDesaScores#evaluate()}
 * gives), and {@link #problems(int)} or {@link #check()} list them apart from scoring.
 *
 * <pre>{@code
 * IndeksDesaMatrix matrix = IndeksDesaMatrix.of(IndeksDesaModel.official(), scores);  // 127 bytes a village
 * IndeksDesaBatchResult result = IndeksDesaBatchScorer.of(IndeksDesaModel.official()).score(matrix);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, provided the array given to
 * {@link #wrap(IndeksDesaModel, byte[])} is not changed afterwards.
 */
public final class IndeksDesaMatrix {

    private static final List<Integer> VALID = List.of(1, 2, 3, 4, 5);

    private final IndeksDesaModel model;
    private final byte[] scores;
    private final int villageCount;
    private final long[] villageCodes;
    private final int[] years;
    /** Whether every score is known to be 1..5. */
    private final boolean checked;

    private IndeksDesaMatrix(IndeksDesaModel model, byte[] scores, long[] villageCodes, int[] years, boolean checked) {
        this.model = model;
        this.scores = scores;
        this.villageCount = scores.length / model.itemCount();
        this.villageCodes = villageCodes;
        this.years = years;
        this.checked = checked;
    }

    /**
     * Returns a matrix holding a copy of the scores.
     *
     * @param model the model, not null
     * @param scores the scores, villages one after another, each in official item order, not null;
     *     its length must be a multiple of the model's item count
     * @return the matrix, not null
     * @throws IllegalArgumentException if the length is not a multiple of the item count
     */
    public static IndeksDesaMatrix of(IndeksDesaModel model, byte[] scores) {
        Objects.requireNonNull(scores, "scores");
        return wrap(model, scores.clone());
    }

    /**
     * Returns a matrix over the given array without copying it. The caller must not change the
     * array afterwards.
     *
     * @param model the model, not null
     * @param scores the scores, villages one after another, each in official item order, not null;
     *     its length must be a multiple of the model's item count
     * @return the matrix, not null
     * @throws IllegalArgumentException if the length is not a multiple of the item count
     */
    public static IndeksDesaMatrix wrap(IndeksDesaModel model, byte[] scores) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scores, "scores");
        int width = model.itemCount();
        if (scores.length % width != 0) {
            throw new IllegalArgumentException("scores: expected a multiple of " + width + " bytes (one per item of "
                    + model.name() + " per village), found " + scores.length);
        }
        return new IndeksDesaMatrix(model, scores, null, null, false);
    }

    /**
     * Returns the matrix of per-village scores, with their codes and years.
     *
     * @param model the model, not null
     * @param villages the villages, not null, no null element, each of {@code model}
     * @return the matrix, not null
     * @throws IllegalArgumentException if a village belongs to another model
     */
    public static IndeksDesaMatrix of(IndeksDesaModel model, Collection<IndeksDesaScores> villages) {
        Objects.requireNonNull(villages, "villages");
        Builder builder = builder(model);
        villages.forEach(builder::add);
        return builder.build();
    }

    /**
     * Starts a matrix that villages are added to one at a time, with their codes and years.
     *
     * @param model the model, not null
     * @return a new builder, not null
     */
    public static Builder builder(IndeksDesaModel model) {
        return new Builder(Objects.requireNonNull(model, "model"));
    }

    /**
     * Returns a matrix with the same scores that also carries each village's code and year.
     *
     * @param villageCodes the code of each village as a number (leading zeros dropped), not null, one per
     *     village
     * @param years the data year of each village, 1 to 9999, not null, one per village
     * @return the matrix, not null
     * @throws IllegalArgumentException if a length differs from the village count, a code is
     *     negative or longer than ten digits, or a year is out of range
     */
    public IndeksDesaMatrix withVillages(long[] villageCodes, int[] years) {
        long[] codes = VillageRows.checkCodes(villageCodes, years, villageCount);
        return new IndeksDesaMatrix(model, scores, codes, years.clone(), checked);
    }

    /**
     * Returns the model.
     *
     * @return the model, not null
     */
    public IndeksDesaModel model() {
        return model;
    }

    /**
     * Returns the number of villages.
     *
     * @return the count
     */
    public int villageCount() {
        return villageCount;
    }

    /**
     * Returns the number of items per village (127 in the official edition).
     *
     * @return the count
     */
    public int itemCount() {
        return model.itemCount();
    }

    /**
     * Returns one score.
     *
     * @param village the 0-based village row
     * @param position the 0-based item position in official order
     * @return the score as stored (a signed byte; 1..5 when valid)
     * @throws IndexOutOfBoundsException if the village or position is out of range
     */
    public int score(int village, int position) {
        Objects.checkIndex(village, villageCount);
        return scores[village * model.itemCount() + Objects.checkIndex(position, model.itemCount())];
    }

    /**
     * Returns a copy of all scores.
     *
     * @return a new array, not null
     */
    public byte[] toArray() {
        return scores.clone();
    }

    /**
     * Returns whether the matrix carries village codes and years.
     *
     * @return true if it does
     */
    public boolean hasVillages() {
        return villageCodes != null;
    }

    /**
     * Returns the code of a village.
     *
     * @param village the 0-based village row
     * @return the code, not null
     * @throws IllegalStateException if the matrix carries no village codes
     * @throws IndexOutOfBoundsException if the village is out of range
     */
    public VillageCode villageCode(int village) {
        requireVillages();
        return VillageRows.code(villageCodes[Objects.checkIndex(village, villageCount)]);
    }

    /**
     * Returns the data year of a village.
     *
     * @param village the 0-based village row
     * @return the year
     * @throws IllegalStateException if the matrix carries no years
     * @throws IndexOutOfBoundsException if the village is out of range
     */
    public int year(int village) {
        requireVillages();
        return years[Objects.checkIndex(village, villageCount)];
    }

    /**
     * Returns one village as a per-village value.
     *
     * @param village the 0-based village row
     * @return the village's scores, not null
     * @throws IllegalStateException if the matrix carries no village codes
     * @throws IndexOutOfBoundsException if the village is out of range
     * @throws io.github.indeksdesa.idm.id.InvalidItemScoreException if a score is outside 1..5
     */
    public IndeksDesaScores village(int village) {
        VillageCode code = villageCode(village);
        int width = model.itemCount();
        int[] row = new int[width];
        for (int p = 0; p < width; p++) {
            row[p] = scores[village * width + p];
        }
        return IndeksDesaScores.of(model, code, years[village], row);
    }

    /**
     * Lists the scores outside 1..5, in village and item order. Separate from scoring: it reads
     * the whole matrix once.
     *
     * @param limit the most problems to list, at least 0
     * @return the problems (the item code as {@link ScoreProblem#indicatorCode()}), not null, empty if
     *     every score is 1..5
     * @throws IllegalArgumentException if the limit is negative
     */
    public List<ScoreProblem> problems(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit: expected 0 or more, found " + limit);
        }
        List<ScoreProblem> found = new ArrayList<>();
        scan(limit, found);
        return found;
    }

    /**
     * Checks every score, throwing if any is outside 1..5, and returns the same scores marked as
     * checked: {@link IndeksDesaBatchScorer} then skips its own range check.
     *
     * @return a checked matrix with the same scores and villages, not null
     * @throws InvalidBatchException naming the first 100 problems and how many there are, if any
     */
    public IndeksDesaMatrix check() {
        List<ScoreProblem> found = new ArrayList<>();
        long count = scan(100, found);
        if (count > 0) {
            throw new InvalidBatchException(found, count);
        }
        return checked ? this : new IndeksDesaMatrix(model, scores, villageCodes, years, true);
    }

    /**
     * Returns whether every score is known to be 1..5: the matrix was returned by {@link #check()}
     * or made from per-village values.
     *
     * @return true if checked
     */
    public boolean isChecked() {
        return checked;
    }

    private long scan(int limit, List<ScoreProblem> found) {
        int width = model.itemCount();
        long count = 0;
        for (int i = 0; i < scores.length; i++) {
            byte b = scores[i];
            if (b < IndeksDesaModel.MIN_SCORE || b > IndeksDesaModel.MAX_SCORE) {
                count++;
                if (found.size() < limit) {
                    Item item = model.items().get(i % width);
                    found.add(new ScoreProblem(i / width, item.code(), b, VALID));
                }
            }
        }
        return count;
    }

    /** The array itself, for the scorer; never handed out. */
    byte[] array() {
        return scores;
    }

    private void requireVillages() {
        if (villageCodes == null) {
            throw new IllegalStateException("this matrix carries no village codes and years: see withVillages");
        }
    }

    /**
     * Collects villages into an {@link IndeksDesaMatrix}, growing one flat array. Not thread-safe.
     */
    public static final class Builder {
        private final IndeksDesaModel model;
        private final VillageRows rows;

        private Builder(IndeksDesaModel model) {
            this.model = model;
            this.rows = new VillageRows(model.itemCount(), IndeksDesaModel.MIN_SCORE, IndeksDesaModel.MAX_SCORE);
        }

        /**
         * Adds a village.
         *
         * @param village the village's scores, of the builder's model, not null
         * @return this builder
         * @throws IllegalArgumentException if the village belongs to another model
         */
        public Builder add(IndeksDesaScores village) {
            Objects.requireNonNull(village, "village");
            if (village.model() != model) {
                throw new IllegalArgumentException("village: " + village.villageCode() + " is scored with model "
                        + village.model().name() + ", expected " + model.name());
            }
            return add(village.villageCode(), village.year(), village.toArray());
        }

        /**
         * Adds a village from scores as published, which may be outside 1..5 (they are kept, for
         * {@link IndeksDesaMatrix#problems(int)} to report).
         *
         * @param villageCode the village, not null
         * @param year the data year, 1 to 9999
         * @param villageScores one score per item in official order, each -128..127, not null
         * @return this builder
         * @throws IllegalArgumentException if the count is not the model's item count, a score does
         *     not fit a byte or the year is out of range
         */
        public Builder add(VillageCode villageCode, int year, int... villageScores) {
            rows.add(villageCode, year, villageScores);
            return this;
        }

        /**
         * Returns how many villages have been added.
         *
         * @return the count
         */
        public int size() {
            return rows.size();
        }

        /**
         * Builds the matrix, with each village's code and year; it is {@link IndeksDesaMatrix#isChecked()
         * checked} when every score added was 1..5.
         *
         * @return the matrix, not null
         */
        public IndeksDesaMatrix build() {
            return new IndeksDesaMatrix(model, rows.scores(), rows.codes(), rows.years(), rows.inRange());
        }
    }
}
