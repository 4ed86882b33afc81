// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The IDM of a village from its three index sums: IKS, IKE, IKL and IDM as exact fractions, the
 * status, the target status, the minimum score of the target and the gap to it.
 *
 * <p>This is what the indicator scores determine at index level, and all that the ministry's bulk
 * tables carry; {@link VillageResult} adds the per-indicator figures. Values come from
 * {@link #ofSums(IdmModel, int, int, int)} or, for published 4-decimal values, from
 * {@link IndexRecovery}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdmValue {

    private final IdmModel model;
    private final int[] sums;
    private final long gridNumerator;

    private IdmValue(IdmModel model, int[] sums) {
        this.model = model;
        this.sums = sums;
        long n = 0;
        for (Index index : Index.values()) {
            n += model.weight(index) * sums[index.ordinal()];
        }
        this.gridNumerator = n;
    }

    /**
     * Returns the value of a village whose index sums are known.
     *
     * @param model the model, not null
     * @param iksSum the sum of the IKS scores, 0 to {@code model.maxSum(IKS)}
     * @param ikeSum the sum of the IKE scores, 0 to {@code model.maxSum(IKE)}
     * @param iklSum the sum of the IKL scores, 0 to {@code model.maxSum(IKL)}
     * @return the value, not null
     * @throws IllegalArgumentException if a sum is out of range
     */
    public static IdmValue ofSums(IdmModel model, int iksSum, int ikeSum, int iklSum) {
        Objects.requireNonNull(model, "model");
        int[] sums = {iksSum, ikeSum, iklSum};
        for (Index index : Index.values()) {
            int sum = sums[index.ordinal()];
            if (sum < 0 || sum > model.maxSum(index)) {
                throw new IllegalArgumentException(index + " sum: expected 0.." + model.maxSum(index) + ", found " + sum);
            }
        }
        return new IdmValue(model, sums);
    }

    /**
     * Returns the value of a village whose IDM numerator on the model's grid is known, choosing the
     * index sums that give it with the lowest IKL and then IKE. Only for tests and tools that walk
     * the grid; a real village's sums come from its scores.
     *
     * @param model the model, not null
     * @param gridNumerator N in IDM = N / {@code model.gridDenominator()}
     * @return a value with that IDM, not null
     * @throws IllegalArgumentException if no combination of sums gives N
     */
    static IdmValue ofGridNumerator(IdmModel model, long gridNumerator) {
        for (int ikl = 0; ikl <= model.maxSum(Index.IKL); ikl++) {
            for (int ike = 0; ike <= model.maxSum(Index.IKE); ike++) {
                long rest = gridNumerator - model.weight(Index.IKL) * ikl - model.weight(Index.IKE) * ike;
                if (rest >= 0 && rest % model.weight(Index.IKS) == 0
                        && rest / model.weight(Index.IKS) <= model.maxSum(Index.IKS)) {
                    return ofSums(model, (int) (rest / model.weight(Index.IKS)), ike, ikl);
                }
            }
        }
        throw new IllegalArgumentException("no index sums give IDM " + gridNumerator + "/" + model.gridDenominator());
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
     * Returns the sum of the scores of an index.
     *
     * @param index the index, not null
     * @return the sum
     */
    public int sum(Index index) {
        return sums[Objects.requireNonNull(index, "index").ordinal()];
    }

    /**
     * Returns the value of an index: its sum over 5 × its indicators.
     *
     * @param index the index, not null
     * @return the exact value, 0 to 1, not null
     */
    public Fraction index(Index index) {
        return Fraction.of(sum(index), model.maxSum(index));
    }

    /**
     * Returns the social resilience index, ΣIKS / 175 in the official model.
     *
     * @return the exact value, not null
     */
    public Fraction iks() {
        return index(Index.IKS);
    }

    /**
     * Returns the economic resilience index, ΣIKE / 60 in the official model.
     *
     * @return the exact value, not null
     */
    public Fraction ike() {
        return index(Index.IKE);
    }

    /**
     * Returns the ecological resilience index, ΣIKL / 15 in the official model.
     *
     * @return the exact value, not null
     */
    public Fraction ikl() {
        return index(Index.IKL);
    }

    /**
     * Returns the IDM, the mean of the three indices.
     *
     * @return the exact value, {@code gridNumerator() / model().gridDenominator()}, not null
     */
    public Fraction idm() {
        return Fraction.of(gridNumerator, model.gridDenominator());
    }

    /**
     * Returns N in IDM = N / {@code model().gridDenominator()} (N / 6300 in the official model).
     *
     * @return the numerator, 0 to the grid denominator
     */
    public long gridNumerator() {
        return gridNumerator;
    }

    /**
     * Returns the status, decided exactly.
     *
     * @return the status, not null
     */
    public Status status() {
        return model.thresholds().classify(idm());
    }

    /**
     * Returns the target status: the next one up, MANDIRI for MANDIRI.
     *
     * @return the target, not null
     */
    public Status targetStatus() {
        return status().target();
    }

    /**
     * Returns the ministry's SKOR_MINIMAL: the lowest 4-decimal IDM of the target status
     * ({@code 0.7073} to become MAJU; {@code 0.8156} for MANDIRI villages too).
     *
     * @return the minimum score with four decimals, not null
     */
    public BigDecimal minimumScore() {
        return model.thresholds().minimumScore(targetStatus());
    }

    /**
     * Returns the ministry's PENAMBAHAN: minimum score − IDM, exactly. It is negative for MANDIRI
     * villages above 0.8156.
     *
     * @return the gap, not null
     */
    public Fraction gap() {
        return Fraction.of(minimumScore()).minus(idm());
    }

    /**
     * Returns whether the other value has the same model and sums.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IdmValue)) {
            return false;
        }
        IdmValue o = (IdmValue) other;
        return model == o.model && java.util.Arrays.equals(sums, o.sums);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(sums);
    }

    /**
     * Returns the sums, the IDM and the status, e.g.
     * {@code IdmValue[IKS 139/175, IKE 50/60, IKL 12/15, IDM 5098/6300 = 0.8092 MAJU]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "IdmValue[IKS " + sums[0] + "/" + model.maxSum(Index.IKS) + ", IKE " + sums[1] + "/" + model.maxSum(Index.IKE)
                + ", IKL " + sums[2] + "/" + model.maxSum(Index.IKL) + ", IDM " + gridNumerator + "/"
                + model.gridDenominator() + " = " + idm().toBigDecimal().toPlainString() + " " + status() + "]";
    }
}
