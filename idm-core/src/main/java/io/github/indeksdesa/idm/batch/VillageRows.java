// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.VillageCode;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the score matrices of both editions share: the village codes and years they may carry, and
 * the growing arrays their builders fill one village at a time. Not thread-safe.
 */
final class VillageRows {

    private static final long MAX_CODE = 9_999_999_999L;

    private final int width;
    private final int minScore;
    private final int maxScore;
    private byte[] scores;
    private long[] codes;
    private int[] years;
    private int count;
    private boolean inRange = true;

    /**
     * @param width the scores per village
     * @param minScore the lowest valid score of the edition
     * @param maxScore the highest valid score of the edition
     */
    VillageRows(int width, int minScore, int maxScore) {
        this.width = width;
        this.minScore = minScore;
        this.maxScore = maxScore;
        this.scores = new byte[width * 64];
        this.codes = new long[64];
        this.years = new int[64];
    }

    /** Checks codes and years given for a matrix of {@code villageCount} villages; returns copies. */
    static long[] checkCodes(long[] villageCodes, int[] years, int villageCount) {
        Objects.requireNonNull(villageCodes, "villageCodes");
        Objects.requireNonNull(years, "years");
        if (villageCodes.length != villageCount || years.length != villageCount) {
            throw new IllegalArgumentException("villageCodes and years: expected " + villageCount + " each, found "
                    + villageCodes.length + " and " + years.length);
        }
        for (int v = 0; v < villageCount; v++) {
            if (villageCodes[v] < 0 || villageCodes[v] > MAX_CODE) {
                throw new IllegalArgumentException("villageCodes[" + v + "]: expected a village code of at most ten digits"
                        + " (0.." + MAX_CODE + "), found " + villageCodes[v]);
            }
            if (years[v] < 1 || years[v] > 9999) {
                throw new IllegalArgumentException("years[" + v + "]: expected 1..9999, found " + years[v]);
            }
        }
        return villageCodes.clone();
    }

    /** The code of a number with its leading zeros dropped. */
    static VillageCode code(long value) {
        String digits = Long.toString(value);
        return VillageCode.of("0".repeat(10 - digits.length()) + digits);
    }

    /** Adds one village's scores as published (kept even when out of range, for the problem list). */
    void add(VillageCode villageCode, int year, int... villageScores) {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(villageScores, "villageScores");
        if (villageScores.length != width) {
            throw new IllegalArgumentException("villageScores: expected " + width + " scores, found "
                    + villageScores.length + " (village " + villageCode + ")");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year: expected 1..9999, found " + year + " (village " + villageCode + ")");
        }
        for (int p = 0; p < width; p++) {
            int score = villageScores[p];
            if (score != (byte) score) {
                throw new IllegalArgumentException("villageScores[" + p + "]: expected -128..127, found " + score
                        + " (village " + villageCode + ")");
            }
            inRange &= score >= minScore && score <= maxScore;
        }
        if (count == codes.length) {
            int capacity = Math.max(64, count + (count >> 1));
            scores = Arrays.copyOf(scores, Math.multiplyExact(capacity, width));
            codes = Arrays.copyOf(codes, capacity);
            years = Arrays.copyOf(years, capacity);
        }
        for (int p = 0; p < width; p++) {
            scores[count * width + p] = (byte) villageScores[p];
        }
        codes[count] = Long.parseLong(villageCode.value());
        years[count] = year;
        count++;
    }

    int size() {
        return count;
    }

    /** Whether every score added so far is within the edition's range. */
    boolean inRange() {
        return inRange;
    }

    byte[] scores() {
        return Arrays.copyOf(scores, count * width);
    }

    long[] codes() {
        return Arrays.copyOf(codes, count);
    }

    int[] years() {
        return Arrays.copyOf(years, count);
    }
}
