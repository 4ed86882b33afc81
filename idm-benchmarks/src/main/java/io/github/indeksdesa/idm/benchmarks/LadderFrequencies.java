// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.benchmarks;

/**
 * How often each score of each indicator occurs in the ministry's published reports: the
 * {@code times_seen_in_10006_reports} column of {@code score-ladder.tsv} (10,006 rumusan reports,
 * 2021–2024), quoted here so that the synthetic data needs no file at run time. Generated from that
 * table with {@code awk}; one row per indicator in ministry order, six counts for scores 0..5 (0
 * where the score is not on the ladder). Every row sums to 10,006.
 */
final class LadderFrequencies {

    /** Reports per indicator. */
    static final int TOTAL = 10_006;

    /** {@code COUNTS[position][score]}: reports in which the indicator at that position had that score. */
    static final int[][] COUNTS = {
        {0, 49, 28, 37, 148, 9744}, // IKS01
        {7275, 0, 0, 0, 0, 2731}, // IKS02
        {0, 415, 0, 0, 0, 9591}, // IKS03
        {3325, 0, 1995, 1354, 1421, 1911}, // IKS04
        {0, 140, 2851, 3023, 1336, 2656}, // IKS05
        {0, 2035, 283, 510, 915, 6263}, // IKS06
        {0, 167, 44, 276, 113, 9406}, // IKS07
        {0, 58, 3, 2, 60, 9883}, // IKS08
        {0, 714, 20, 95, 264, 8913}, // IKS09
        {0, 1673, 144, 389, 636, 7164}, // IKS10
        {0, 1749, 0, 0, 0, 8257}, // IKS11
        {0, 8135, 0, 0, 0, 1871}, // IKS12
        {0, 8167, 0, 0, 0, 1839}, // IKS13
        {0, 5568, 0, 0, 0, 4438}, // IKS14
        {0, 71, 0, 0, 0, 9935}, // IKS15
        {59, 0, 0, 642, 0, 9305}, // IKS16
        {0, 3990, 0, 0, 0, 6016}, // IKS17
        {1488, 2127, 3606, 1487, 601, 697}, // IKS18
        {892, 2059, 3568, 1612, 797, 1078}, // IKS19
        {0, 4799, 0, 0, 0, 5207}, // IKS20
        {0, 2447, 0, 0, 0, 7559}, // IKS21
        {0, 3088, 0, 0, 0, 6918}, // IKS22
        {0, 1874, 0, 0, 0, 8132}, // IKS23
        {0, 1897, 0, 0, 0, 8109}, // IKS24
        {0, 1147, 0, 0, 0, 8859}, // IKS25
        {0, 0, 222, 225, 733, 8826}, // IKS26
        {0, 11, 1, 4799, 88, 5107}, // IKS27
        {0, 427, 189, 926, 1132, 7332}, // IKS28
        {339, 0, 0, 2886, 0, 6781}, // IKS29
        {0, 3404, 0, 0, 0, 6602}, // IKS30
        {0, 2867, 0, 0, 0, 7139}, // IKS31
        {287, 0, 0, 365, 238, 9116}, // IKS32
        {507, 813, 0, 0, 6962, 1724}, // IKS33
        {0, 15, 133, 450, 3328, 6080}, // IKS34
        {0, 38, 78, 281, 3604, 6005}, // IKS35
        {0, 3108, 0, 591, 0, 6307}, // IKE01
        {0, 2626, 202, 192, 349, 6637}, // IKE02
        {0, 6546, 0, 1665, 0, 1795}, // IKE03
        {0, 1038, 323, 394, 375, 7876}, // IKE04
        {2313, 0, 0, 6717, 0, 976}, // IKE05
        {6866, 0, 0, 1826, 0, 1314}, // IKE06
        {7747, 0, 0, 1345, 0, 914}, // IKE07
        {0, 4201, 2601, 2054, 778, 372}, // IKE08
        {0, 1290, 0, 5725, 0, 2991}, // IKE09
        {0, 3610, 0, 3006, 0, 3390}, // IKE10
        {0, 612, 0, 1319, 0, 8075}, // IKE11
        {0, 125, 0, 580, 2207, 7094}, // IKE12
        {91, 0, 176, 492, 1099, 8148}, // IKL01
        {115, 0, 0, 822, 3136, 5933}, // IKL02
        {6234, 0, 0, 1954, 959, 859}, // IKL03
    };

    private LadderFrequencies() {
    }
}
