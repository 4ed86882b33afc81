// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.id.SkorId;
import io.github.indeksdesa.idm.internal.AsciiNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Checks published Indeks Desa data against a model and lists every inconsistency as a
 * {@link Finding}: item scores outside 1..5 or outside what real data shows for the item, dimension
 * sums outside their range or not the sum of their items, a Skor ID that is not that of the points,
 * a status that is not that of the points. The IDM counterpart is {@link Verifier}; the check names
 * ({@link Check}) are shared and listed in {@code docs/verify-checks.md}.
 *
 * <p>The points P of a row are the sum of its item scores when it has them all valid, else the sum
 * of its six dimension cells when they are all valid, else the points its Skor ID stands for.
 * Fields are named by item code ({@code LD01}), dimension code ({@code LD}), {@code skor_id},
 * {@code status_id} and {@code kode_desa}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaVerifier {

    private final IndeksDesaModel model;

    private IndeksDesaVerifier(IndeksDesaModel model) {
        this.model = model;
    }

    /**
     * Returns a verifier for a model.
     *
     * @param model the model, not null
     * @return the verifier, not null
     */
    public static IndeksDesaVerifier of(IndeksDesaModel model) {
        return new IndeksDesaVerifier(Objects.requireNonNull(model, "model"));
    }

    /**
     * Returns a verifier for the official edition.
     *
     * @return the verifier, not null
     */
    public static IndeksDesaVerifier official() {
        return of(IndeksDesaModel.official());
    }

    /**
     * Returns the model.
     *
     * @return the model, not null
     */
    public IndeksDesaModel model() {
        return model;
    }

    /**
     * Verifies one published row.
     *
     * @param row the published row, not null
     * @return every inconsistency, in field order; empty if the row is consistent, not null
     * @throws IllegalArgumentException if the row has item scores but not one per item of the model
     */
    public List<Finding> verify(PublishedIndeksDesaRow row) {
        Objects.requireNonNull(row, "row");
        List<Finding> pending = new ArrayList<>();
        Add add = (check, field, published, expected) -> pending.add(Finding.of(row.source(), row.villageCode(),
                row.year(), check, field, published, expected, false));
        if (!VillageCode.isValid(row.villageCode())) {
            add.add(Check.MALFORMED_CODE, "kode_desa", row.villageCode(), "10 digits");
        }
        int[] fromItems = row.itemScores().map(cells -> itemPoints(cells, add)).orElse(null);
        int[] fromDimensions = dimensionPoints(row, fromItems, add);
        OptionalInt points = fromItems != null ? OptionalInt.of(fromItems[Dimension.values().length])
                : fromDimensions != null ? OptionalInt.of(fromDimensions[Dimension.values().length])
                : OptionalInt.empty();
        if (row.skorId().isPresent()) {
            points = checkSkorId(row.skorId().get(), points, add);
        }
        boolean changed = false;
        if (row.status().isPresent()) {
            String text = row.status().get();
            if (text.isBlank()) {
                add.add(Check.MISSING_VALUE, "status_id", text, "a status");
            } else {
                Status published = null;
                try {
                    published = Status.parse(text);
                } catch (IllegalArgumentException e) {
                    add.add(Check.UNKNOWN_STATUS, "status_id", text,
                            "one of SANGAT TERTINGGAL, TERTINGGAL, BERKEMBANG, MAJU, MANDIRI");
                }
                if (published != null && points.isPresent()) {
                    Status expected = model.status(points.getAsInt());
                    if (expected != published) {
                        changed = true;
                        add.add(Check.STATUS_NOT_MATCHING_SCORE, "status_id", text, expected.officialName());
                    }
                }
            }
        }
        return Verifier.marked(pending, changed);
    }

    /** The points per dimension and in all (last element) of valid item cells; null if any is not. */
    private int[] itemPoints(List<String> cells, Add add) {
        if (cells.size() != model.itemCount()) {
            throw new IllegalArgumentException("item scores: expected " + model.itemCount() + " (one per item of "
                    + model.name() + "), found " + cells.size());
        }
        int[] sums = new int[Dimension.values().length + 1];
        boolean valid = true;
        for (int i = 0; i < cells.size(); i++) {
            Item item = model.items().get(i);
            OptionalInt score = integer(cells.get(i), item.code(), add);
            if (score.isEmpty()) {
                valid = false;
                continue;
            }
            int s = score.getAsInt();
            if (s < IndeksDesaModel.MIN_SCORE || s > IndeksDesaModel.MAX_SCORE) {
                add.add(Check.SCORE_OUT_OF_RANGE, item.code(), cells.get(i), "1..5");
                valid = false;
                continue;
            }
            if (!item.isObserved(s)) {
                add.add(Check.SCORE_UNOBSERVED, item.code(), cells.get(i), "one of " + item.observedScores());
            }
            sums[item.dimension().ordinal()] += s;
            sums[sums.length - 1] += s;
        }
        return valid ? sums : null;
    }

    /** Checks the dimension cells; the points per dimension and in all when all six are valid, else null. */
    private int[] dimensionPoints(PublishedIndeksDesaRow row, int[] fromItems, Add add) {
        Map<Dimension, String> cells = row.dimensions();
        if (cells.isEmpty()) {
            return null;
        }
        int[] sums = new int[Dimension.values().length + 1];
        boolean valid = true;
        Map<Dimension, String> all = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            all.put(d, cells.getOrDefault(d, ""));
        }
        for (Map.Entry<Dimension, String> e : all.entrySet()) {
            Dimension d = e.getKey();
            OptionalInt value = integer(e.getValue(), d.code(), add);
            if (value.isEmpty()) {
                valid = false;
                continue;
            }
            int v = value.getAsInt();
            int min = IndeksDesaModel.MIN_SCORE * model.itemCount(d);
            if (v < min || v > model.maxPoints(d)) {
                add.add(Check.DIMENSION_OUT_OF_RANGE, d.code(), e.getValue(), min + ".." + model.maxPoints(d));
                valid = false;
                continue;
            }
            if (fromItems != null && fromItems[d.ordinal()] != v) {
                add.add(Check.POINTS_MISMATCH, d.code(), e.getValue(), Integer.toString(fromItems[d.ordinal()]));
            }
            sums[d.ordinal()] = v;
            sums[sums.length - 1] += v;
        }
        return valid ? sums : null;
    }

    /** Checks the Skor ID cell; returns the points to judge the status by. */
    private OptionalInt checkSkorId(String text, OptionalInt points, Add add) {
        if (text.isBlank()) {
            add.add(Check.MISSING_VALUE, "skor_id", text, "a score such as 68.98");
            return points;
        }
        BigDecimal published;
        try {
            published = new BigDecimal(AsciiNumbers.isAscii(text) ? text.strip() : "?");
        } catch (NumberFormatException e) {
            add.add(Check.NOT_A_NUMBER, "skor_id", text, "a score such as 68.98");
            return points;
        }
        if (points.isPresent()) {
            SkorId expected = SkorId.of(points.getAsInt(), model);
            if (published.compareTo(expected.toBigDecimal()) != 0) {
                add.add(Check.SKOR_ID_MISMATCH, "skor_id", text, expected.toPublishedString());
            }
            return points;
        }
        try {
            return OptionalInt.of(SkorId.parse(text, model).points());
        } catch (IllegalArgumentException e) {
            add.add(Check.SKOR_ID_OFF_GRID, "skor_id", text, "100·P/" + model.maxPoints() + " to 2 decimals, P = "
                    + model.minPoints() + ".." + model.maxPoints());
            return points;
        }
    }

    private static OptionalInt integer(String text, String field, Add add) {
        if (text.isBlank()) {
            add.add(Check.MISSING_VALUE, field, text, "a whole number");
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(AsciiNumbers.isAscii(text) ? text.strip() : "?"));
        } catch (NumberFormatException e) {
            add.add(Check.NOT_A_NUMBER, field, text, "a whole number");
            return OptionalInt.empty();
        }
    }

    /** Records one finding of a row; whether the status changes is known at the end. */
    @FunctionalInterface
    private interface Add {
        void add(Check check, String field, String published, String expected);
    }
}
