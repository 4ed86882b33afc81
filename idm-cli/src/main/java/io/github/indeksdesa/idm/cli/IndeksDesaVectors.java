// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Indeks Desa conformance kit: item-score vectors at every status edge (reached three ways),
 * the extremes, every item at its lowest, and seeded random scores, each with the values the
 * official model gives. Deterministic: a fixed seed and a stable order.
 */
final class IndeksDesaVectors {

    /** The key that marks an Indeks Desa conformance JSON document. */
    static final String KIT_KEY = "indeksDesaConformanceKit";
    /** The version of the kit's format. */
    static final String KIT_VERSION = "1";
    /** The seed of the random vectors. */
    static final long SEED = 20_250_101L;
    /** The number of random vectors. */
    static final int RANDOM_COUNT = 100;
    /** The result columns, in order, after id, category and the 127 scores. */
    static final List<String> RESULT_FIELDS = List.of("points", "LD", "SO", "EK", "LI", "AK", "TK", "skorId",
            "status", "targetStatus", "pointsToTarget");

    private static final VillageCode CODE = VillageCode.of("9901012001");

    private final IndeksDesaModel model;

    IndeksDesaVectors(IndeksDesaModel model) {
        this.model = model;
    }

    /** The last points of each status but MANDIRI, each followed by the first of the next (314, 364, 440, 505). */
    List<Integer> edges() {
        List<Integer> edges = new ArrayList<>();
        for (Status s : Status.values()) {
            if (s != Status.MANDIRI) {
                edges.add(model.lastPoints(s));
            }
        }
        return edges;
    }

    /** Returns every vector, in a stable order. */
    List<Vectors.Vector> generate() {
        List<Vectors.Vector> out = new ArrayList<>();
        int n = model.itemCount();
        int[] lowest = filled(IndeksDesaModel.MIN_SCORE);
        int[] highest = filled(IndeksDesaModel.MAX_SCORE);
        out.add(new Vectors.Vector("all-minimum", "extreme", "every item at 1 (" + n + " points)", lowest));
        out.add(new Vectors.Vector("all-maximum", "extreme", "every item at 5 (" + 5 * n + " points)", highest));
        for (Dimension d : Dimension.values()) {
            int[] s = lowest.clone();
            model.items(d).forEach(item -> s[model.position(item)] = IndeksDesaModel.MAX_SCORE);
            out.add(new Vectors.Vector(d.code() + "-only", "extreme", d.code() + " items at 5, every other at 1", s));
        }
        for (int last : edges()) {
            for (int points : new int[] {last, last + 1}) {
                out.add(new Vectors.Vector("edge-" + points + "-front", "status-edge", points
                        + " points, the first items raised first", front(points)));
                int[] back = front(points);
                reverse(back);
                out.add(new Vectors.Vector("edge-" + points + "-back", "status-edge", points
                        + " points, the last items raised first", back));
                out.add(new Vectors.Vector("edge-" + points + "-even", "status-edge", points
                        + " points, spread evenly over the items", even(points)));
            }
        }
        for (Item item : model.items()) {
            int[] s = highest.clone();
            s[model.position(item)] = IndeksDesaModel.MIN_SCORE;
            out.add(new Vectors.Vector("item-" + item.code() + "-1", "item-level", item.code() + " at 1, every other at 5",
                    s));
        }
        Random random = new Random(SEED);
        for (int k = 1; k <= RANDOM_COUNT; k++) {
            int[] s = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = IndeksDesaModel.MIN_SCORE + random.nextInt(IndeksDesaModel.MAX_SCORE);
            }
            out.add(new Vectors.Vector(String.format("random-%03d", k), "random", "seeded random scores 1-5 (seed "
                    + SEED + ")", s));
        }
        return out;
    }

    private int[] filled(int score) {
        int[] s = new int[model.itemCount()];
        Arrays.fill(s, score);
        return s;
    }

    /** Scores summing to {@code points}: every item at 1, then each item from the first raised as far as needed. */
    private int[] front(int points) {
        int[] s = filled(IndeksDesaModel.MIN_SCORE);
        int left = points - model.minPoints();
        for (int i = 0; i < s.length && left > 0; i++) {
            int add = Math.min(left, IndeksDesaModel.MAX_SCORE - IndeksDesaModel.MIN_SCORE);
            s[i] += add;
            left -= add;
        }
        return s;
    }

    /** Scores summing to {@code points}, raised one point at a time round the items. */
    private int[] even(int points) {
        int[] s = filled(IndeksDesaModel.MIN_SCORE);
        for (int k = 0; k < points - model.minPoints(); k++) {
            s[k % s.length]++;
        }
        return s;
    }

    private static void reverse(int[] s) {
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            int t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
    }

    /** The expected results of one vector, in {@link #RESULT_FIELDS} order. */
    Map<String, Object> expected(int[] scores) {
        IndeksDesaResult r = IndeksDesaScores.of(model, CODE, 2025, scores).evaluate();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("points", r.points());
        for (Dimension d : Dimension.values()) {
            out.put(d.code(), r.points(d));
        }
        out.put("skorId", r.skorId().toPublishedString());
        out.put("status", r.status().officialName());
        out.put("targetStatus", r.targetStatus().officialName());
        out.put("pointsToTarget", r.pointsToTarget());
        return out;
    }

    /** The kit as JSON: a header, then one vector per line. */
    String toJson(List<Vectors.Vector> vectors) {
        List<String> codes = new ArrayList<>();
        model.items().forEach(item -> codes.add(item.code()));
        return Vectors.toJson(KIT_KEY, KIT_VERSION, model.name(), "items", codes, vectors, this::expected);
    }

    /** The kit as CSV: one vector per line. */
    String toCsv(List<Vectors.Vector> vectors) {
        List<String> header = new ArrayList<>(List.of("id", "category"));
        model.items().forEach(item -> header.add(item.code()));
        header.addAll(RESULT_FIELDS);
        return Vectors.toCsv(header, vectors, this::expected);
    }
}
