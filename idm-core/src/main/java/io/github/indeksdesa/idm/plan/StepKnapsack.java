// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import java.util.Arrays;

/**
 * The exact search both planners share: a multiple-choice knapsack in which every position (an
 * indicator or an item) takes at most one of its steps, the units the steps gain must reach a need,
 * and the cost is least. A dynamic programme over the units (at most 6300 for the IDM, 508 points
 * for the Indeks Desa) solves it.
 *
 * <p>Plans are compared by the total primary cost, then by the packed secondary cost (changes,
 * then points, then the sum of the new scores), then by position: at each position in order, a
 * change is preferred to none and a lower new score to a higher one, as long as the plan stays
 * optimal. So the result is deterministic.
 */
final class StepKnapsack {

    private static final long INF = Long.MAX_VALUE;

    private StepKnapsack() {
    }

    /** One step a position may take, with its costs; the secondary cost packs (changes, points, new score). */
    static final class Option {
        final int from;
        final int to;
        final long units;
        final long primary;
        final long secondary;

        /**
         * A step of {@code to − from} score points gaining {@code units}.
         *
         * @param from the current score
         * @param to the new score, above from
         * @param units the units gained, positive
         * @param primary the step's cost under the plan's costs
         */
        Option(int from, int to, long units, long primary) {
            this.from = from;
            this.to = to;
            this.units = units;
            this.primary = primary;
            // Sums over up to 13,000 positions of points and new scores (each at most 5) fit in 16 bits.
            this.secondary = (1L << 32) + ((long) (to - from) << 16) + to;
        }
    }

    /**
     * Finds the cheapest choice of at most one option per position that gains at least {@code need}
     * units.
     *
     * @param options the options of each position, in ascending new score
     * @param need the units to gain, positive
     * @return for each position the chosen option, null for none; or null if no choice reaches the need
     */
    static Option[] solve(Option[][] options, int need) {
        int n = options.length;
        // Backward over the positions: p/s[r] is the least (primary, secondary) cost for positions
        // i..n-1 to add at least r units; choice[i][r] is the option taken there (0: no change).
        // On a tie a change at i wins over leaving i for later: earlier positions are preferred.
        long[] p = new long[need + 1];
        long[] s = new long[need + 1];
        long[] nextP = new long[need + 1];
        long[] nextS = new long[need + 1];
        Arrays.fill(nextP, INF);
        nextP[0] = 0;
        byte[][] choice = new byte[n][need + 1];
        for (int i = n - 1; i >= 0; i--) {
            System.arraycopy(nextP, 0, p, 0, need + 1);
            System.arraycopy(nextS, 0, s, 0, need + 1);
            for (int o = 0; o < options[i].length; o++) {
                Option option = options[i][o];
                for (int r = 0; r <= need; r++) {
                    int rest = (int) Math.max(0, r - option.units);
                    if (nextP[rest] == INF) {
                        continue;
                    }
                    long cp = nextP[rest] + option.primary;
                    long cs = nextS[rest] + option.secondary;
                    if (cp < p[r] || (cp == p[r] && (cs < s[r] || (cs == s[r] && choice[i][r] == 0)))) {
                        p[r] = cp;
                        s[r] = cs;
                        choice[i][r] = (byte) (o + 1);
                    }
                }
            }
            long[] swap = nextP;
            nextP = p;
            p = swap;
            swap = nextS;
            nextS = s;
            s = swap;
        }
        if (nextP[need] == INF) {
            return null;
        }
        Option[] chosen = new Option[n];
        int r = need;
        for (int i = 0; i < n && r > 0; i++) {
            int o = choice[i][r];
            if (o > 0) {
                chosen[i] = options[i][o - 1];
                r = (int) Math.max(0, r - chosen[i].units);
            }
        }
        return chosen;
    }
}
