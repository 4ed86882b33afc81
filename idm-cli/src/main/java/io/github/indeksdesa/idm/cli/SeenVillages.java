// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import java.util.Arrays;

/**
 * The villages and years already read in a run, so that a second row of the same village and year
 * is reported and left out instead of counted again. One {@code long} per village and year in an
 * open-addressing table: 84,000 villages over eight years take about 11 MB.
 */
final class SeenVillages {

    private static final long EMPTY = -1L;

    private long[] slots = empty(1 << 12);
    private int size;

    /**
     * Records a village and year.
     *
     * @param villageCode the village code, ten digits
     * @param year the data year
     * @return true if this village and year were not seen before
     */
    boolean add(String villageCode, int year) {
        long key = Long.parseLong(villageCode) * 10_000L + Math.floorMod(year, 10_000);
        if (size * 2 >= slots.length) {
            grow();
        }
        if (!insert(slots, key)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) (mix(key) & mask);
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = empty(old.length * 2);
        for (long key : old) {
            if (key != EMPTY) {
                insert(slots, key);
            }
        }
    }

    private static long[] empty(int length) {
        long[] table = new long[length];
        Arrays.fill(table, EMPTY);
        return table;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
