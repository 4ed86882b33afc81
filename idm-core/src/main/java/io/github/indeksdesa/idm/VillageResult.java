// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scoring of one village for one year: everything the ministry's report states about it,
 * exactly. Made by {@link VillageScores#evaluate()}.
 *
 * <p>IKS, IKE, IKL, IDM and the gap are exact {@link Fraction fractions}; the status is decided on
 * them, never on a rounded value. The per-indicator gain is the ministry's NILAI: the IDM a village
 * would gain if that indicator alone rose to 5.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VillageResult {

    private final VillageScores scores;
    private final IdmValue value;

    VillageResult(VillageScores scores) {
        this.scores = scores;
        this.value = IdmValue.ofSums(scores.model(), scores.sum(Index.IKS), scores.sum(Index.IKE), scores.sum(Index.IKL));
    }

    /**
     * Returns the scores this result was computed from.
     *
     * @return the scores, not null
     */
    public VillageScores scores() {
        return scores;
    }

    /**
     * Returns the model.
     *
     * @return the model, not null
     */
    public IdmModel model() {
        return scores.model();
    }

    /**
     * Returns the village.
     *
     * @return the village code, not null
     */
    public VillageCode villageCode() {
        return scores.villageCode();
    }

    /**
     * Returns the data year.
     *
     * @return the year
     */
    public int year() {
        return scores.year();
    }

    /**
     * Returns the index-level value: sums, indices, IDM, status, target, minimum score and gap.
     *
     * @return the value, not null
     */
    public IdmValue value() {
        return value;
    }

    /**
     * Returns the value of an index.
     *
     * @param index the index, not null
     * @return the exact value, not null
     */
    public Fraction index(Index index) {
        return value.index(index);
    }

    /**
     * Returns IKS.
     *
     * @return the exact value, not null
     */
    public Fraction iks() {
        return value.iks();
    }

    /**
     * Returns IKE.
     *
     * @return the exact value, not null
     */
    public Fraction ike() {
        return value.ike();
    }

    /**
     * Returns IKL.
     *
     * @return the exact value, not null
     */
    public Fraction ikl() {
        return value.ikl();
    }

    /**
     * Returns the IDM (the ministry's SKOR_SAAT_INI).
     *
     * @return the exact value, not null
     */
    public Fraction idm() {
        return value.idm();
    }

    /**
     * Returns the status.
     *
     * @return the status, not null
     */
    public Status status() {
        return value.status();
    }

    /**
     * Returns the target status (TARGET_STATUS).
     *
     * @return the target, not null
     */
    public Status targetStatus() {
        return value.targetStatus();
    }

    /**
     * Returns the minimum score of the target status (SKOR_MINIMAL), e.g. {@code 0.7073}.
     *
     * @return the minimum score with four decimals, not null
     */
    public BigDecimal minimumScore() {
        return value.minimumScore();
    }

    /**
     * Returns the gap to the minimum score (PENAMBAHAN), exactly.
     *
     * @return minimum score − IDM, not null
     */
    public Fraction gap() {
        return value.gap();
    }

    /**
     * Returns the ministry's NILAI of an indicator: the IDM gained if its score rose to 5,
     * {@code (5 − score) / (5 · n) / 3} with n the indicator count of its index.
     *
     * @param indicator an indicator of the model, not null
     * @return the gain, zero at score 5, not null
     */
    public Fraction gain(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        int n = model().indicatorCount(indicator.index());
        return Fraction.of(IdmModel.MAX_SCORE - scores.score(indicator), 3L * IdmModel.MAX_SCORE * n);
    }

    /**
     * Returns the gain of an indicator by code.
     *
     * @param code the indicator code, not null
     * @return the gain, not null
     * @throws IllegalArgumentException if the model has no such indicator
     */
    public Fraction gain(String code) {
        return gain(model().indicator(code));
    }

    /**
     * Returns the gain of every indicator, in the ministry's order.
     *
     * @return the gains, unmodifiable, not null
     */
    public List<Fraction> gains() {
        List<Fraction> gains = new ArrayList<>(model().indicatorCount());
        for (Indicator indicator : model().indicators()) {
            gains.add(gain(indicator));
        }
        return Collections.unmodifiableList(gains);
    }

    /**
     * Returns the sub-index of a dimension: the sum of its scores over 5 × its indicators. The
     * ministry does not publish these; they show where within an index a village is weak.
     *
     * @param dimension a dimension of the model, e.g. "Kesehatan", not null
     * @return the exact value, not null
     * @throws IllegalArgumentException if the model has no such dimension
     */
    public Fraction dimension(String dimension) {
        Objects.requireNonNull(dimension, "dimension");
        List<Indicator> indicators = model().dimensions().get(dimension);
        if (indicators == null) {
            throw new IllegalArgumentException("dimension: unknown \"" + dimension + "\"; known: "
                    + model().dimensions().keySet());
        }
        return dimensionValue(indicators);
    }

    /**
     * Returns the sub-index of every dimension, in the model's order.
     *
     * @return an unmodifiable map from dimension to exact value, not null
     */
    public Map<String, Fraction> dimensions() {
        Map<String, Fraction> map = new LinkedHashMap<>();
        model().dimensions().forEach((d, indicators) -> map.put(d, dimensionValue(indicators)));
        return Collections.unmodifiableMap(map);
    }

    private Fraction dimensionValue(List<Indicator> indicators) {
        int sum = 0;
        for (Indicator indicator : indicators) {
            sum += scores.score(indicator);
        }
        return Fraction.of(sum, (long) IdmModel.MAX_SCORE * indicators.size());
    }

    /**
     * Returns whether the other result was computed from equal scores.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof VillageResult && scores.equals(((VillageResult) other).scores);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return scores.hashCode();
    }

    /**
     * Returns the village, year and value, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "VillageResult[" + villageCode() + "/" + year() + " " + value + "]";
    }
}
