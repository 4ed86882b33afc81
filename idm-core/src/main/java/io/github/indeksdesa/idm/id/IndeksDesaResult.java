// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a village's Indeks Desa scores determine: the points of each item, sub-dimension and
 * dimension, the total P, the {@link SkorId Skor ID}, the status (decided by the integer P), the
 * target status and the points still needed to reach it.
 *
 * <p>An item's points are its score. Made by {@link IndeksDesaScores#evaluate()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaResult {

    private final IndeksDesaScores scores;
    private final int points;
    private final Map<Dimension, Integer> dimensions;
    private final Map<String, Integer> subDimensions;
    private final Status status;

    IndeksDesaResult(IndeksDesaScores scores) {
        this.scores = scores;
        IndeksDesaModel model = scores.model();
        int[] byDimension = new int[Dimension.values().length];
        Map<String, Integer> bySub = new LinkedHashMap<>();
        int total = 0;
        List<Item> items = model.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int s = scores.score(i);
            total += s;
            byDimension[item.dimension().ordinal()] += s;
            bySub.merge(item.subDimension(), s, Integer::sum);
        }
        Map<Dimension, Integer> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (model.itemCount(d) > 0) {
                dims.put(d, byDimension[d.ordinal()]);
            }
        }
        this.points = total;
        this.dimensions = Collections.unmodifiableMap(dims);
        this.subDimensions = Collections.unmodifiableMap(bySub);
        this.status = model.status(total);
    }

    /**
     * Returns the scores this result was computed from.
     *
     * @return the scores, not null
     */
    public IndeksDesaScores scores() {
        return scores;
    }

    /**
     * Returns the model.
     *
     * @return the model, not null
     */
    public IndeksDesaModel model() {
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
     * Returns the total points P, the sum of the item scores (127..635 in the official edition).
     *
     * @return the points
     */
    public int points() {
        return points;
    }

    /**
     * Returns the points of an item: its score.
     *
     * @param item an item of the model, not null
     * @return the points, 1..5
     * @throws IllegalArgumentException if the item is not the model's
     */
    public int points(Item item) {
        return scores.score(item);
    }

    /**
     * Returns the points of an item by code.
     *
     * @param code the item code, e.g. "LD01", not null
     * @return the points, 1..5
     * @throws IllegalArgumentException if the model has no such item
     */
    public int points(String code) {
        return scores.score(code);
    }

    /**
     * Returns the points of a dimension: the sum of its items' scores, at most
     * {@link IndeksDesaModel#maxPoints(Dimension)}.
     *
     * @param dimension the dimension, not null
     * @return the points, 0 if the model has no item there
     */
    public int points(Dimension dimension) {
        return dimensions.getOrDefault(Objects.requireNonNull(dimension, "dimension"), 0);
    }

    /**
     * Returns the points of each dimension that has items, in official order: the six sums regional
     * dashboards publish.
     *
     * @return the points per dimension, unmodifiable, not null
     */
    public Map<Dimension, Integer> dimensionPoints() {
        return dimensions;
    }

    /**
     * Returns the points of each sub-dimension, in official order, by its official name.
     *
     * @return the points per sub-dimension, unmodifiable, not null
     */
    public Map<String, Integer> subDimensionPoints() {
        return subDimensions;
    }

    /**
     * Returns the Skor ID, {@code 100·P/635} in the official edition.
     *
     * @return the score, not null
     */
    public SkorId skorId() {
        return SkorId.of(points, model());
    }

    /**
     * Returns the status, decided by the total points.
     *
     * @return the status, not null
     */
    public Status status() {
        return status;
    }

    /**
     * Returns the status the village is asked to reach next: the next one up, MANDIRI for MANDIRI.
     *
     * @return the target, not null
     */
    public Status targetStatus() {
        return status.target();
    }

    /**
     * Returns the lowest points of the target status (506 for MANDIRI in the official edition, also
     * when the village is MANDIRI already).
     *
     * @return the points
     */
    public int targetPoints() {
        return model().firstPoints(targetStatus());
    }

    /**
     * Returns the points still needed to reach the target status: 0 for MANDIRI.
     *
     * @return the gap in points, 0 or more
     */
    public int pointsToTarget() {
        return Math.max(0, targetPoints() - points);
    }

    /**
     * Returns the published lowest Skor ID of the target status, e.g. 69.35 for MAJU.
     *
     * @return the score with two decimals, not null
     */
    public BigDecimal minimumScore() {
        return model().minimumScore(targetStatus());
    }

    /**
     * Returns whether the other result is of equal scores.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof IndeksDesaResult && scores.equals(((IndeksDesaResult) other).scores);
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
     * Returns the village, points, score and status, e.g.
     * {@code 3301012001/2025 P=438 Skor ID 68.98 BERKEMBANG}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return villageCode() + "/" + year() + " P=" + points + " Skor ID " + skorId() + " " + status.officialName();
    }
}
