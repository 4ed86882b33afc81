// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.plan.VillageValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code idm compare} across the change of index: each village's IDM status of the latest IDM year
 * against its Indeks Desa status. The two statuses come from different indices with different
 * thresholds, so the table is a cross-tabulation, not a time series of one index.
 */
final class CrossIndexCompare {

    /** The sentence printed before the table and carried in the JSON output. */
    static final String NOTE = "The statuses come from different indices (IDM up to 2024, Indeks Desa from 2025, "
            + "with their own items and thresholds), so this table is not a time series of one index: a change of "
            + "status here is not a change of the village alone.";

    private final int idmYear;
    private final int idYear;
    private final Map<Status, Map<Status, Integer>> matrix = new EnumMap<>(Status.class);
    private final List<String> onlyIdm = new ArrayList<>();
    private final List<String> onlyId = new ArrayList<>();
    private int both;

    private CrossIndexCompare(int idmYear, int idYear) {
        this.idmYear = idmYear;
        this.idYear = idYear;
        for (Status s : Status.values()) {
            Map<Status, Integer> row = new EnumMap<>(Status.class);
            for (Status t : Status.values()) {
                row.put(t, 0);
            }
            matrix.put(s, row);
        }
    }

    /**
     * Cross-tabulates the IDM values of their latest year against the Indeks Desa villages of theirs.
     *
     * @param idm the IDM values (any years; the latest is used)
     * @param id the Indeks Desa villages (any years; the latest is used)
     * @return the table
     */
    static CrossIndexCompare of(List<VillageValue> idm, List<IndeksDesaVillages.Scored> id) {
        int idmYear = idm.stream().mapToInt(VillageValue::year).max().orElseThrow();
        int idYear = id.stream().mapToInt(IndeksDesaVillages.Scored::year).max().orElseThrow();
        CrossIndexCompare c = new CrossIndexCompare(idmYear, idYear);
        Map<String, Status> from = new TreeMap<>();
        idm.stream().filter(v -> v.year() == idmYear).forEach(v -> from.put(v.villageCode().value(), v.status()));
        Map<String, Status> to = new TreeMap<>();
        id.stream().filter(v -> v.year() == idYear).forEach(v -> to.put(code(v), v.status()));
        from.forEach((code, status) -> {
            Status after = to.get(code);
            if (after == null) {
                c.onlyIdm.add(code);
            } else {
                c.both++;
                c.matrix.get(status).merge(after, 1, Integer::sum);
            }
        });
        to.keySet().stream().filter(code -> !from.containsKey(code)).forEach(c.onlyId::add);
        return c;
    }

    private static String code(IndeksDesaVillages.Scored v) {
        VillageCode code = v.identity().villageCode();
        return code.value();
    }

    void table(PrintWriter out) {
        out.println("Note: " + NOTE);
        out.println();
        out.println("IDM " + idmYear + " status (rows) → Indeks Desa " + idYear + " status (columns): " + both
                + " villages in both, " + onlyIdm.size() + " only in IDM " + idmYear + ", " + onlyId.size()
                + " only in Indeks Desa " + idYear);
        List<String> header = new ArrayList<>(List.of("IDM " + idmYear + " \\ ID " + idYear));
        for (Status s : Status.values()) {
            header.add(s.officialName());
        }
        header.add("TOTAL");
        TextTable table = new TextTable(header, false, true, true, true, true, true, true);
        int[] columns = new int[Status.values().length];
        for (Status f : Status.values()) {
            List<String> row = new ArrayList<>(List.of(f.officialName()));
            int total = 0;
            for (Status t : Status.values()) {
                int n = matrix.get(f).get(t);
                row.add(Integer.toString(n));
                total += n;
                columns[t.ordinal()] += n;
            }
            row.add(Integer.toString(total));
            table.add(row);
        }
        List<String> totals = new ArrayList<>(List.of("TOTAL"));
        for (int n : columns) {
            totals.add(Integer.toString(n));
        }
        totals.add(Integer.toString(both));
        table.add(totals);
        table.print(out);
        list(out, "Only in IDM " + idmYear, onlyIdm);
        list(out, "Only in Indeks Desa " + idYear, onlyId);
    }

    private static void list(PrintWriter out, String title, List<String> codes) {
        out.println();
        out.println(title + (codes.isEmpty() ? ": none" : " (" + codes.size() + "): " + String.join(" ", codes)));
    }

    void json(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("fromIndex", "IDM");
        g.writeNumberField("fromYear", idmYear);
        g.writeStringField("toIndex", "Indeks Desa");
        g.writeNumberField("toYear", idYear);
        g.writeBooleanField("differentIndices", true);
        g.writeStringField("note", NOTE);
        g.writeNumberField("bothIndices", both);
        writeCodes(g, "onlyInFrom", onlyIdm);
        writeCodes(g, "onlyInTo", onlyId);
        g.writeObjectFieldStart("matrix");
        for (Status f : Status.values()) {
            g.writeObjectFieldStart(f.officialName());
            for (Status t : Status.values()) {
                g.writeNumberField(t.officialName(), matrix.get(f).get(t));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeCodes(JsonGenerator g, String field, List<String> codes) throws IOException {
        g.writeArrayFieldStart(field);
        for (String code : codes) {
            g.writeString(code);
        }
        g.writeEndArray();
    }
}
