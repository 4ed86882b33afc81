// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.IndexRecovery;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputKind;
import io.github.indeksdesa.idm.plan.RegionLevel;
import io.github.indeksdesa.idm.plan.VillageValue;
import io.github.indeksdesa.idm.verify.PublishedRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the inputs of plan, interventions and compare: villages with their 50 scores (reports,
 * scores tables) and villages known only by published IKS/IKE/IKL (bulk tables), recovered exactly
 * with {@link IndexRecovery}. Keeps the names the inputs give, for the region and village columns.
 */
final class PlanInputs {

    /**
     * A village-year of a bulk table, at index level.
     *
     * @param source the input
     * @param location the row in it
     * @param value the village's value, exact
     */
    record IndexVillage(String source, String location, VillageValue value) {
    }

    private final IdmModel model;
    private final Map<String, String> names = new HashMap<>();

    private final InputRows rows;
    private final boolean lenient;

    PlanInputs(IdmModel model, InputRows rows, boolean lenient) {
        this.model = model;
        this.rows = rows;
        this.lenient = lenient;
    }

    /**
     * Reads one source: scored villages to {@code scored}, bulk rows to {@code indexLevel}; bad and
     * repeated rows go to the run's error handler (see {@link InputRows}).
     */
    void read(Input source, Consumer<Villages.Scored> scored, Consumer<IndexVillage> indexLevel) throws IOException {
        if (source.kind() == InputKind.BULK_TABLE || source.kind() == InputKind.BULK_XLSX) {
            // Rows off their grid are rejected before the repeat test: they never hold a village.
            rows.readBulk(source, this::bulk, indexLevel);
        } else {
            rows.readScored(source, new Villages(model, lenient, rows.limits()), s -> {
                VillageCode code = s.result().villageCode();
                name(village(code), s.identity().villageName());
                name(region(RegionLevel.DISTRICT, code), s.identity().districtName());
                name(region(RegionLevel.REGENCY, code), s.identity().regencyName());
                name(region(RegionLevel.PROVINCE, code), s.identity().provinceName());
                scored.accept(s);
            });
        }
    }

    private IndexVillage bulk(PublishedRow row) {
        String source = row.source();
        String place = row.location();
        VillageCode code = VillageCode.of(row.villageCode());
        BigDecimal[] parts = new BigDecimal[Index.values().length];
        for (Index index : Index.values()) {
            String text = row.part(index).strip();
            try {
                parts[index.ordinal()] = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new InputException(source, place + ", " + index + "_" + row.year(), "expected a number, found \""
                        + text + "\"; the row is left out", e);
            }
        }
        IndexRecovery recovery = IndexRecovery.of(model, parts[0], parts[1], parts[2]);
        if (!recovery.isOnGrid()) {
            Index off = recovery.offGrid().iterator().next();
            throw new InputException(source, place + ", " + off + "_" + row.year(), off + " "
                    + recovery.published(off).toPlainString() + " is off its 1/" + model.maxSum(off)
                    + " grid: no scores give it (idm verify lists such rows); the row is left out");
        }
        name(village(code), row.villageName());
        name(region(RegionLevel.DISTRICT, code), row.districtName());
        name(region(RegionLevel.REGENCY, code), row.regencyName());
        name(region(RegionLevel.PROVINCE, code), row.provinceName());
        IdmValue value = recovery.valueOrThrow();
        return new IndexVillage(source, place, VillageValue.of(code, row.year(), value));
    }

    private void name(String key, Optional<String> name) {
        name.map(String::strip).filter(n -> !n.isEmpty()).ifPresent(n -> names.putIfAbsent(key, n));
    }

    private static String village(VillageCode code) {
        return "desa:" + code.value();
    }

    private static String region(RegionLevel level, VillageCode code) {
        return level.name() + ":" + level.codeOf(code);
    }

    /** The name of a village as an input gave it, or "". */
    String villageName(VillageCode code) {
        return names.getOrDefault(village(code), "");
    }

    /** The name of a region (by a village in it) as an input gave it, or "". */
    String regionName(RegionLevel level, String regionCode) {
        return names.getOrDefault(level.name() + ":" + regionCode, "");
    }

    /**
     * Keeps, for each village, only its items of one year ({@code year} given) or of its latest
     * year in the inputs ({@code year} null), in their first order.
     */
    static <T> List<T> selectYear(Collection<T> items, Function<T, VillageCode> code, Function<T, Integer> yearOf,
            Integer year) {
        Map<VillageCode, Integer> latest = new HashMap<>();
        for (T item : items) {
            latest.merge(code.apply(item), yearOf.apply(item), Math::max);
        }
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            int wanted = year != null ? year : latest.get(code.apply(item));
            if (yearOf.apply(item) == wanted) {
                kept.add(item);
            }
        }
        return kept;
    }
}
