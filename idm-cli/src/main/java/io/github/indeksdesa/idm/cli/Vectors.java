// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The conformance kit: score vectors chosen to hit what implementations get wrong, each with the
 * values the official model gives. Deterministic: a fixed seed and a stable order.
 */
final class Vectors {

    /** The key that marks a conformance JSON document. */
    static final String KIT_KEY = "idmConformanceKit";
    /** The version of the kit's format. */
    static final String KIT_VERSION = "1";
    /** The seed of the random vectors. */
    static final long SEED = 20_240_101L;
    /** The number of random vectors. */
    static final int RANDOM_COUNT = 100;
    /** The last grid numerator of each status but MANDIRI, each followed by the first of the next. */
    static final long[] EDGES = {3091, 3773, 4455, 5137};

    /** The result columns, in order, after id, category and the 50 scores. */
    static final List<String> RESULT_FIELDS = List.of("sumIks", "sumIke", "sumIkl",
            "iksFraction", "iks4dp", "iksDouble", "ikeFraction", "ike4dp", "ikeDouble",
            "iklFraction", "ikl4dp", "iklDouble", "idmN", "idmFraction", "idm4dp", "idmDouble",
            "status", "targetStatus", "minimumScore", "gapFraction", "gapDouble");

    /**
     * One vector.
     *
     * @param id a stable identifier
     * @param category what it tests
     * @param description one line for people
     * @param scores the 50 scores in ministry order
     */
    record Vector(String id, String category, String description, int[] scores) {
    }

    private final IdmModel model;

    Vectors(IdmModel model) {
        this.model = model;
    }

    /** Returns every vector, in a stable order. */
    List<Vector> generate() {
        List<Vector> out = new ArrayList<>();
        int n = model.indicatorCount();
        int[] lowest = new int[n];
        int[] highest = new int[n];
        for (int i = 0; i < n; i++) {
            lowest[i] = model.indicators().get(i).lowestScore();
            highest[i] = model.indicators().get(i).highestScore();
        }
        out.add(new Vector("all-minimum", "extreme", "every indicator at the lowest score of its ladder", lowest));
        out.add(new Vector("all-maximum", "extreme", "every indicator at 5", highest));
        for (Index heavy : Index.values()) {
            int[] s = lowest.clone();
            for (Indicator indicator : model.indicators(heavy)) {
                s[model.position(indicator)] = indicator.highestScore();
            }
            out.add(new Vector(heavy.name().toLowerCase() + "-only", "extreme",
                    heavy + " indicators at 5, every other at its lowest score", s));
        }
        for (Index light : Index.values()) {
            int[] s = highest.clone();
            for (Indicator indicator : model.indicators(light)) {
                s[model.position(indicator)] = indicator.lowestScore();
            }
            out.add(new Vector(light.name().toLowerCase() + "-lowest", "extreme",
                    light + " indicators at their lowest score, every other at 5", s));
        }
        for (long last : EDGES) {
            for (long grid : new long[] {last, last + 1}) {
                for (Vector v : edgeVectors(grid)) {
                    out.add(v);
                }
            }
        }
        for (Indicator indicator : model.indicators()) {
            for (int score : indicator.allowedScores()) {
                int[] s = highest.clone();
                s[model.position(indicator)] = score;
                out.add(new Vector("level-" + indicator.code() + "-" + score, "ladder-level",
                        indicator.code() + " (" + indicator.label().strip() + ") at " + score + ", every other at 5", s));
            }
        }
        Random random = new Random(SEED);
        for (int k = 1; k <= RANDOM_COUNT; k++) {
            int[] s = new int[n];
            for (int i = 0; i < n; i++) {
                List<Integer> allowed = model.indicators().get(i).allowedScores();
                s[i] = allowed.get(random.nextInt(allowed.size()));
            }
            out.add(new Vector(String.format("random-%03d", k), "random", "seeded random ladder scores (seed "
                    + SEED + ")", s));
        }
        return out;
    }

    /** Up to three vectors reaching IDM = grid/6300 with real ladder scores: IKS-heavy, IKL-heavy, middle. */
    private List<Vector> edgeVectors(long grid) {
        boolean[][] reachable = new boolean[Index.values().length][];
        for (Index index : Index.values()) {
            reachable[index.ordinal()] = reachableSums(model.indicators(index));
        }
        List<int[]> sums = new ArrayList<>();
        for (int iks = model.maxSum(Index.IKS); iks >= 0; iks--) {
            for (int ike = model.maxSum(Index.IKE); ike >= 0; ike--) {
                long rest = grid - model.weight(Index.IKS) * iks - model.weight(Index.IKE) * ike;
                if (rest < 0 || rest % model.weight(Index.IKL) != 0) {
                    continue;
                }
                long ikl = rest / model.weight(Index.IKL);
                if (ikl <= model.maxSum(Index.IKL) && reachable[0][iks] && reachable[1][ike]
                        && reachable[2][(int) ikl]) {
                    sums.add(new int[] {iks, ike, (int) ikl});
                }
            }
        }
        if (sums.isEmpty()) {
            throw new IllegalStateException("no ladder scores reach IDM " + grid + "/" + model.gridDenominator());
        }
        Status status = IdmValue.ofSums(model, sums.get(0)[0], sums.get(0)[1], sums.get(0)[2]).status();
        List<int[]> chosen = new ArrayList<>();
        chosen.add(sums.get(0));
        int[] iklHeavy = sums.stream().max((a, b) -> a[2] != b[2] ? Integer.compare(a[2], b[2])
                : Integer.compare(b[0], a[0])).orElseThrow();
        if (!Arrays.equals(iklHeavy, chosen.get(0))) {
            chosen.add(iklHeavy);
        }
        int[] middle = sums.get(sums.size() / 2);
        if (chosen.stream().noneMatch(c -> Arrays.equals(c, middle))) {
            chosen.add(middle);
        }
        List<Vector> out = new ArrayList<>();
        String[] names = {"iks-heavy", "ikl-heavy", "middle"};
        for (int k = 0; k < chosen.size(); k++) {
            int[] c = chosen.get(k);
            int[] scores = scoresForSums(c[0], c[1], c[2]);
            out.add(new Vector("edge-" + grid + "-" + names[k], "threshold-edge", "IDM " + grid + "/"
                    + model.gridDenominator() + " (" + status.officialName() + "), sums " + c[0] + "/" + c[1] + "/"
                    + c[2], scores));
        }
        return out;
    }

    /**
     * Returns ladder scores reaching the given index sums, each indicator the highest score that
     * leaves the rest reachable.
     *
     * @throws IllegalStateException if no ladder scores reach a sum
     */
    int[] scoresForSums(int iksSum, int ikeSum, int iklSum) {
        int[] sums = {iksSum, ikeSum, iklSum};
        int[] scores = new int[model.indicatorCount()];
        for (Index index : Index.values()) {
            fill(model.indicators(index), sums[index.ordinal()], scores);
        }
        return scores;
    }

    /** Which sums the indicators' ladders can reach. */
    private static boolean[] reachableSums(List<Indicator> indicators) {
        return suffixReachable(indicators, 0);
    }

    private static boolean[] suffixReachable(List<Indicator> indicators, int from) {
        int max = IdmModel.MAX_SCORE * (indicators.size() - from);
        boolean[] can = new boolean[max + 1];
        can[0] = true;
        int reach = 0;
        for (int i = from; i < indicators.size(); i++) {
            boolean[] next = new boolean[max + 1];
            for (int s = 0; s <= reach; s++) {
                if (can[s]) {
                    for (int score : indicators.get(i).allowedScores()) {
                        next[s + score] = true;
                    }
                }
            }
            reach += IdmModel.MAX_SCORE;
            can = next;
        }
        return can;
    }

    /** Sets the scores of the indicators to reach the sum: each the highest that leaves the rest reachable. */
    private void fill(List<Indicator> indicators, int sum, int[] scores) {
        int rest = sum;
        for (int i = 0; i < indicators.size(); i++) {
            boolean[] after = suffixReachable(indicators, i + 1);
            List<Integer> allowed = indicators.get(i).allowedScores();
            int pick = -1;
            for (int k = allowed.size() - 1; k >= 0; k--) {
                int left = rest - allowed.get(k);
                if (left >= 0 && left < after.length && after[left]) {
                    pick = allowed.get(k);
                    break;
                }
            }
            if (pick < 0) {
                throw new IllegalStateException("sum " + sum + " is not reachable");
            }
            scores[model.position(indicators.get(i))] = pick;
            rest -= pick;
        }
    }

    /** The expected results of a vector, in {@link #RESULT_FIELDS} order, as text. */
    Map<String, Object> expected(int[] scores) {
        int[] sums = new int[Index.values().length];
        for (int i = 0; i < scores.length; i++) {
            sums[model.indicators().get(i).index().ordinal()] += scores[i];
        }
        IdmValue value = IdmValue.ofSums(model, sums[0], sums[1], sums[2]);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sumIks", sums[0]);
        out.put("sumIke", sums[1]);
        out.put("sumIkl", sums[2]);
        for (Index index : Index.values()) {
            String key = index.name().toLowerCase();
            Fraction f = value.index(index);
            out.put(key + "Fraction", f.toString());
            out.put(key + "4dp", f.toBigDecimal().toPlainString());
            out.put(key + "Double", f.doubleValue());
        }
        out.put("idmN", value.gridNumerator());
        out.put("idmFraction", value.idm().toString());
        out.put("idm4dp", value.idm().toBigDecimal().toPlainString());
        out.put("idmDouble", value.idm().doubleValue());
        out.put("status", value.status().officialName());
        out.put("targetStatus", value.targetStatus().officialName());
        out.put("minimumScore", value.minimumScore().toPlainString());
        out.put("gapFraction", value.gap().toString());
        out.put("gapDouble", value.gap().doubleValue());
        return out;
    }

    /** The kit as JSON: a header, then one vector per line. */
    String toJson(List<Vector> vectors) {
        List<String> codes = new ArrayList<>();
        for (Indicator indicator : model.indicators()) {
            codes.add(indicator.code());
        }
        return toJson(KIT_KEY, KIT_VERSION, model.name(), "indicators", codes, vectors, this::expected);
    }

    /** A kit as JSON: the header (kit key and version, model, item codes), then one vector per line. */
    static String toJson(String kitKey, String version, String modelName, String codesKey, List<String> codes,
            List<Vector> vectors, java.util.function.Function<int[], Map<String, Object>> expected) {
        ObjectMapper mapper = JsonMapper.builder().build();
        StringBuilder out = new StringBuilder();
        try {
            out.append("{\n\"").append(kitKey).append("\": \"").append(version).append("\",\n");
            out.append("\"model\": ").append(mapper.writeValueAsString(modelName)).append(",\n");
            out.append("\"").append(codesKey).append("\": ").append(mapper.writeValueAsString(codes)).append(",\n");
            out.append("\"vectors\": [\n");
            for (int k = 0; k < vectors.size(); k++) {
                Vector v = vectors.get(k);
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", v.id());
                map.put("category", v.category());
                map.put("description", v.description());
                map.put("scores", v.scores());
                map.putAll(expected.apply(v.scores()));
                out.append(mapper.writeValueAsString(map)).append(k + 1 < vectors.size() ? ",\n" : "\n");
            }
            out.append("]\n}\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The CSV header. */
    List<String> csvHeader() {
        List<String> header = new ArrayList<>();
        header.add("id");
        header.add("category");
        for (Indicator indicator : model.indicators()) {
            header.add(indicator.code());
        }
        header.addAll(RESULT_FIELDS);
        return header;
    }

    /** The kit as CSV: one vector per line. */
    String toCsv(List<Vector> vectors) {
        return toCsv(csvHeader(), vectors, this::expected);
    }

    /** A kit as CSV: the header, then per vector its id, category, scores and expected values. */
    static String toCsv(List<String> header, List<Vector> vectors,
            java.util.function.Function<int[], Map<String, Object>> expected) {
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(header)).append('\n');
        for (Vector v : vectors) {
            List<String> fields = new ArrayList<>();
            fields.add(v.id());
            fields.add(v.category());
            for (int s : v.scores()) {
                fields.add(Integer.toString(s));
            }
            for (Object value : expected.apply(v.scores()).values()) {
                fields.add(String.valueOf(value));
            }
            out.append(Csv.line(fields)).append('\n');
        }
        return out.toString();
    }
}
