// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The scores of many villages, one byte per score. It is given and given back
 * ({@link #of(IdmModel, byte[])}, {@link #toArray()}) as one flat array, villages one after another
 * (row-major), each row in the model's (ministry) order: village {@code v}'s score for the
 * indicator at position {@code p} is at {@code v * indicatorCount + p}. In a JVM that runs the
 * vector loop ({@link BatchScorer}), a matrix of the official row that holds its own copy (made by
 * {@code of} or a {@link Builder}) keeps it inside in blocks of eight villages, the layout that loop
 * reads without copying (docs/benchmarks.md); {@link #wrap(IdmModel, byte[])} keeps the caller's
 * rows as they are. Optionally carries each village's code and year.
 *
 * <p>Making a matrix does not check the scores: that is done apart from scoring, by
 * {@link #problems(ScoreValidation, int)} or {@link #check(ScoreValidation)}. {@link BatchScorer}
 * rejects any score outside 0..5 of an unchecked matrix (cheaply, in the same pass), so every
 * result it gives is the one the per-village API gives for scores accepted by
 * {@link ScoreValidation#RANGE}; a checked matrix is scored without that pass.
 *
 * <pre>{@code
 * ScoreMatrix matrix = ScoreMatrix.of(IdmModel.official(), scores);  // 50 bytes per village
 * matrix = matrix.check(ScoreValidation.LADDER);                     // optional, and faster scoring
 * BatchResult result = BatchScorer.of(IdmModel.official()).score(matrix);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, provided the array given to
 * {@link #wrap(IdmModel, byte[])} is not changed afterwards.
 */
public final class ScoreMatrix {

    private final IdmModel model;
    private final byte[] scores;
    /** Whether {@link #scores} is in the {@link Blocks} layout rather than rows. */
    private final boolean blocked;
    private final int villageCount;
    private final long[] villageCodes;
    private final int[] years;
    /** Whether every score is known to be 0..5 (and on its ladder if {@link #check} said so). */
    private final boolean checked;

    private ScoreMatrix(IdmModel model, byte[] scores, boolean blocked, int villageCount, long[] villageCodes,
            int[] years, boolean checked) {
        this.model = model;
        this.scores = scores;
        this.blocked = blocked;
        this.villageCount = villageCount;
        this.villageCodes = villageCodes;
        this.years = years;
        this.checked = checked;
    }

    /**
     * Returns a matrix holding a copy of the scores.
     *
     * @param model the model, not null
     * @param scores the scores, villages one after another, each in the model's order, not null;
     *     its length must be a multiple of the model's indicator count
     * @return the matrix, not null
     * @throws IllegalArgumentException if the length is not a multiple of the indicator count
     */
    public static ScoreMatrix of(IdmModel model, byte[] scores) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scores, "scores");
        return inBlocks(model) ? inBlocks(model, scores) : wrap(model, scores.clone());
    }

    /**
     * Whether a matrix of this model that holds its own copy keeps it in blocks: for the official
     * row, when the JVM runs the vector loop (the scalar loops read rows faster than blocks).
     */
    private static boolean inBlocks(IdmModel model) {
        return VectorLoops.available() && Kernel.isOfficialRow(model);
    }

    /** A matrix of a copy of these rows in the {@link Blocks} layout, whatever the JVM: for tests. */
    static ScoreMatrix inBlocks(IdmModel model, byte[] scores) {
        int villages = wrap(model, scores).villageCount;
        return new ScoreMatrix(model, Blocks.fromRows(scores, villages), true, villages, null, null, false);
    }

    /**
     * Returns a matrix over the given array without copying it, for batches too large to copy.
     * The caller must not change the array afterwards.
     *
     * @param model the model, not null
     * @param scores the scores, villages one after another, each in the model's order, not null;
     *     its length must be a multiple of the model's indicator count
     * @return the matrix, not null
     * @throws IllegalArgumentException if the length is not a multiple of the indicator count
     */
    public static ScoreMatrix wrap(IdmModel model, byte[] scores) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scores, "scores");
        int width = model.indicatorCount();
        if (scores.length % width != 0) {
            throw new IllegalArgumentException("scores: expected a multiple of " + width + " bytes (one per indicator of "
                    + model.name() + " per village), found " + scores.length);
        }
        return new ScoreMatrix(model, scores, false, scores.length / width, null, null, false);
    }

    /**
     * Returns the matrix of per-village scores, with their codes and years.
     *
     * @param model the model, not null
     * @param villages the villages, not null, no null element, each of {@code model}
     * @return the matrix, not null
     * @throws IllegalArgumentException if a village belongs to another model
     */
    public static ScoreMatrix of(IdmModel model, Collection<VillageScores> villages) {
        Objects.requireNonNull(villages, "villages");
        Builder builder = builder(model);
        villages.forEach(builder::add);
        return builder.build();
    }

    /**
     * Starts a matrix that villages are added to one at a time, with their codes and years: for
     * readers that produce villages one by one (the scores table, a directory of reports).
     *
     * @param model the model, not null
     * @return a new builder, not null
     */
    public static Builder builder(IdmModel model) {
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
    public ScoreMatrix withVillages(long[] villageCodes, int[] years) {
        long[] codes = VillageRows.checkCodes(villageCodes, years, villageCount);
        return new ScoreMatrix(model, scores, blocked, villageCount, codes, years.clone(), checked);
    }

    /**
     * Returns the model.
     *
     * @return the model, not null
     */
    public IdmModel model() {
        return model;
    }

    /**
     * Returns how many villages the matrix holds.
     *
     * @return the count
     */
    public int villageCount() {
        return villageCount;
    }

    /**
     * Returns how many scores each village has: the model's indicator count.
     *
     * @return the row width
     */
    public int indicatorCount() {
        return model.indicatorCount();
    }

    /**
     * Returns one score.
     *
     * @param village the 0-based village row
     * @param position the 0-based indicator position in the model's order
     * @return the score, as stored (a signed byte)
     * @throws IndexOutOfBoundsException if the village or position is out of range
     */
    public int score(int village, int position) {
        Objects.checkIndex(village, villageCount);
        Objects.checkIndex(position, model.indicatorCount());
        return scores[offset(village, position)];
    }

    /**
     * Returns a copy of all scores.
     *
     * @return a new array, villages one after another, not null
     */
    public byte[] toArray() {
        return blocked ? Blocks.toRows(scores, villageCount) : scores.clone();
    }

    /**
     * Returns whether the matrix carries each village's code and year.
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
     * Returns one village as a per-village value, checked as {@code validation} says.
     *
     * @param village the 0-based village row
     * @param validation how to check the scores, not null
     * @return the village's scores, not null
     * @throws IllegalStateException if the matrix carries no village codes
     * @throws IndexOutOfBoundsException if the village is out of range
     * @throws io.github.indeksdesa.idm.InvalidScoreException if a score is not allowed
     */
    public VillageScores village(int village, ScoreValidation validation) {
        Objects.requireNonNull(validation, "validation");
        VillageCode code = villageCode(village);
        int width = model.indicatorCount();
        int[] row = new int[width];
        for (int p = 0; p < width; p++) {
            row[p] = scores[offset(village, p)];
        }
        return VillageScores.builder(model).villageCode(code).year(years[village]).validation(validation).scores(row)
                .build();
    }

    /**
     * Lists the scores that {@code validation} does not allow, in village and indicator order.
     * Separate from scoring: it reads the whole matrix once.
     *
     * @param validation {@link ScoreValidation#LADDER} (each score on its indicator's ladder) or
     *     {@link ScoreValidation#RANGE} (0..5), not null
     * @param limit the most problems to list, at least 0
     * @return the problems, not null, empty if every score is allowed
     * @throws IllegalArgumentException if the limit is negative
     */
    public List<ScoreProblem> problems(ScoreValidation validation, int limit) {
        Objects.requireNonNull(validation, "validation");
        if (limit < 0) {
            throw new IllegalArgumentException("limit: expected 0 or more, found " + limit);
        }
        List<ScoreProblem> found = new ArrayList<>();
        scan(validation, limit, found);
        return found;
    }

    /**
     * Checks every score, throwing if any is not allowed, and returns the same scores marked as
     * checked: {@link BatchScorer} then skips its own range check. A matrix made by
     * {@link #wrap(IdmModel, byte[])} stays checked only as long as its array is not changed.
     *
     * @param validation {@link ScoreValidation#LADDER} or {@link ScoreValidation#RANGE}, not null
     * @return a checked matrix with the same scores and villages, not null
     * @throws InvalidBatchException naming the first 100 problems and how many there are, if any
     *     score is not allowed
     */
    public ScoreMatrix check(ScoreValidation validation) {
        Objects.requireNonNull(validation, "validation");
        List<ScoreProblem> found = new ArrayList<>();
        long count = scan(validation, 100, found);
        if (count > 0) {
            throw new InvalidBatchException(found, count);
        }
        return checked ? this : new ScoreMatrix(model, scores, blocked, villageCount, villageCodes, years, true);
    }

    /**
     * Returns whether every score is known to be 0..5: the matrix was returned by
     * {@link #check(ScoreValidation)} or made from per-village values.
     *
     * @return true if checked
     */
    public boolean isChecked() {
        return checked;
    }

    /** Collects up to {@code limit} problems into {@code found} and returns how many there are in all. */
    private long scan(ScoreValidation validation, int limit, List<ScoreProblem> found) {
        int width = model.indicatorCount();
        // Bit s of allowed[p] is set when score s is allowed at position p.
        int[] allowed = new int[width];
        for (int p = 0; p < width; p++) {
            Indicator indicator = model.indicators().get(p);
            for (int s = IdmModel.MIN_SCORE; s <= IdmModel.MAX_SCORE; s++) {
                if (validation == ScoreValidation.RANGE || indicator.allows(s)) {
                    allowed[p] |= 1 << s;
                }
            }
        }
        long count = 0;
        for (int v = 0; v < villageCount; v++) {
            for (int p = 0; p < width; p++) {
                byte b = scores[blocked ? Blocks.offset(v, p) : v * width + p];
                if (b < 0 || b > IdmModel.MAX_SCORE || (allowed[p] >>> b & 1) == 0) {
                    count++;
                    if (found.size() < limit) {
                        Indicator indicator = model.indicators().get(p);
                        found.add(new ScoreProblem(v, indicator.code(), b, validation == ScoreValidation.RANGE
                                ? List.of(0, 1, 2, 3, 4, 5) : indicator.allowedScores()));
                    }
                }
            }
        }
        return count;
    }

    /**
     * Collects villages into a {@link ScoreMatrix}, growing one flat array. Not thread-safe.
     */
    public static final class Builder {
        private final IdmModel model;
        private final VillageRows rows;

        private Builder(IdmModel model) {
            this.model = model;
            this.rows = new VillageRows(model.indicatorCount(), IdmModel.MIN_SCORE, IdmModel.MAX_SCORE);
        }

        /**
         * Adds a village.
         *
         * @param village the village's scores, of the builder's model, not null
         * @return this builder
         * @throws IllegalArgumentException if the village belongs to another model
         */
        public Builder add(VillageScores village) {
            Objects.requireNonNull(village, "village");
            if (village.model() != model) {
                throw new IllegalArgumentException("village: " + village.villageCode() + " is scored with model "
                        + village.model().name() + ", expected " + model.name());
            }
            return add(village.villageCode(), village.year(), village.toArray());
        }

        /**
         * Adds a village from scores as published, which may be off their ladders or even outside
         * 0..5 (they are kept, for {@link ScoreMatrix#problems(ScoreValidation, int)} to report).
         *
         * @param villageCode the village, not null
         * @param year the data year, 1 to 9999
         * @param villageScores one score per indicator in the model's order, each -128..127, not null
         * @return this builder
         * @throws IllegalArgumentException if the count is not the model's indicator count, a score
         *     does not fit a byte or the year is out of range
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
         * Builds the matrix, with each village's code and year; it is {@link ScoreMatrix#isChecked()
         * checked} when every score added was 0..5.
         *
         * @return the matrix, not null
         */
        public ScoreMatrix build() {
            byte[] scores = rows.scores();
            boolean blocks = inBlocks(model);
            return new ScoreMatrix(model, blocks ? Blocks.fromRows(scores, rows.size()) : scores, blocks, rows.size(),
                    rows.codes(), rows.years(), rows.inRange());
        }
    }

    /** The scores as held, for the scorer (never handed out): rows, or blocks when {@link #isBlocked()}. */
    byte[] array() {
        return scores;
    }

    /** Whether {@link #array()} is in the {@link Blocks} layout. */
    boolean isBlocked() {
        return blocked;
    }

    /** Where the score at {@code position} of {@code village} lies in {@link #array()}. */
    int offset(int village, int position) {
        return blocked ? Blocks.offset(village, position) : village * model.indicatorCount() + position;
    }

    private void requireVillages() {
        if (villageCodes == null) {
            throw new IllegalStateException("this matrix carries no village codes and years: see withVillages");
        }
    }
}
