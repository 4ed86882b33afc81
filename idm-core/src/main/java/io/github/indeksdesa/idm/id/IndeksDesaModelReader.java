// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.ModelFormatException;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.internal.AsciiNumbers;
import io.github.indeksdesa.idm.internal.TabRecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Indeks Desa model text format: one record per line, a keyword and TAB-separated fields
 * taken exactly as written (docs/model-format.md). Strict: every error names the source and line.
 */
final class IndeksDesaModelReader extends TabRecordReader {

    static final String FORMAT = "indeks-desa-1";

    /** The agency columns of the format, in order, and the shared level each maps to. */
    private static final List<AgencyLevel> AGENCY_COLUMNS = List.of(AgencyLevel.PUSAT, AgencyLevel.PROV,
            AgencyLevel.KAB, AgencyLevel.DESA, AgencyLevel.LAINNYA);


    private IndeksDesaModel.Builder model;
    private final Map<String, Item.Builder> items = new LinkedHashMap<>();
    private final Map<String, Integer> itemLines = new LinkedHashMap<>();
    private final Map<String, String> seen = new LinkedHashMap<>();
    private final boolean[] thresholds = new boolean[Status.values().length - 1];
    private boolean formatSeen;
    private boolean yearsSeen;

    private IndeksDesaModelReader(String sourceName) {
        super(sourceName);
    }

    static IndeksDesaModel readResource(String resource) {
        return readResource(IndeksDesaModelReader.class, resource, IndeksDesaModelReader::read);
    }

    static IndeksDesaModel read(String sourceName, Reader reader) throws IOException {
        return new IndeksDesaModelReader(sourceName).readAll(new BufferedReader(reader));
    }

    private IndeksDesaModel readAll(BufferedReader in) throws IOException {
        readRecords(in);
        if (model == null) {
            throw fail("no 'model' line: expected 'model<TAB>NAME' before the items");
        }
        if (!yearsSeen) {
            throw fail("no 'years' line: expected 'years<TAB>FIRST<TAB>LAST'");
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (!thresholds[i]) {
                throw fail("no threshold for " + Status.values()[i] + ": expected 'threshold<TAB>"
                        + Status.values()[i] + "<TAB>LAST_POINTS<TAB>PUBLISHED_UPPER'");
            }
        }
        for (Map.Entry<String, Item.Builder> e : items.entrySet()) {
            lineNo(itemLines.get(e.getKey()));
            for (String keyword : List.of("header", "observed", "agencies")) {
                if (!seen.containsKey(keyword + "\t" + e.getKey())) {
                    throw fail("item " + e.getKey() + " has no '" + keyword + "' line");
                }
            }
            try {
                model.item(e.getValue().build());
            } catch (IllegalArgumentException | IllegalStateException x) {
                throw fail(x.getMessage(), x);
            }
        }
        lineNo(0);
        try {
            return model.build();
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage(), e);
        }
    }

    @Override
    protected void record(String[] f) {
        String keyword = f[0];
        if (!formatSeen && !keyword.equals("format")) {
            throw fail("expected 'format<TAB>" + FORMAT + "' as the first record, found '" + keyword + "'");
        }
        try {
            switch (keyword) {
                case "format":
                    fields(f, 2, "format<TAB>" + FORMAT);
                    if (formatSeen || !f[1].equals(FORMAT)) {
                        throw fail("expected a single 'format<TAB>" + FORMAT + "' line, found '" + f[1] + "'"
                                + (f[1].equals("1") ? " (an IDM model file: read it with IdmModel.parse)" : ""));
                    }
                    formatSeen = true;
                    break;
                case "model":
                    fields(f, 2, "model<TAB>NAME");
                    if (model != null) {
                        throw fail("a second 'model' line; one file holds one model");
                    }
                    model = IndeksDesaModel.builder(f[1]);
                    break;
                case "alias":
                    fields(f, 2, "alias<TAB>NAME");
                    model().alias(f[1]);
                    break;
                case "title":
                    fields(f, 2, "title<TAB>TEXT");
                    model().title(f[1]);
                    break;
                case "legal-basis":
                    fields(f, 2, "legal-basis<TAB>TEXT");
                    model().legalBasis(f[1]);
                    break;
                case "source":
                    fields(f, 2, "source<TAB>TEXT");
                    model().source(f[1]);
                    break;
                case "years":
                    fields(f, 3, "years<TAB>FIRST<TAB>LAST");
                    model().years(parseInt(f[1], "first year"), parseInt(f[2], "last year"));
                    yearsSeen = true;
                    break;
                case "threshold":
                    threshold(f);
                    break;
                case "item":
                    item(f);
                    break;
                case "header":
                    fields(f, 3, "header<TAB>CODE<TAB>TEXT");
                    once(f);
                    known(f[1], keyword).header(f[2]);
                    break;
                case "header-alias":
                    fields(f, 3, "header-alias<TAB>CODE<TAB>TEXT");
                    known(f[1], keyword).headerAlias(f[2]);
                    break;
                case "observed":
                    fields(f, 3, "observed<TAB>CODE<TAB>SCORES (comma-separated, e.g. 1,3,5)");
                    once(f);
                    known(f[1], keyword).observedScores(scores(f[2]));
                    break;
                case "agencies":
                    agencies(f);
                    break;
                case "step":
                    fields(f, 5, "step<TAB>CODE<TAB>SCORE<TAB>REKOMENDASI<TAB>KEGIATAN");
                    Item.Builder builder = known(f[1], keyword);
                    once(new String[] {keyword, f[1] + " score " + f[2]});
                    builder.step(parseInt(f[2], "score"), f[3], f[4]);
                    break;
                default:
                    throw fail("unknown keyword '" + keyword + "'; expected one of format, model, alias, title, "
                            + "legal-basis, source, years, threshold, item, header, header-alias, observed, agencies, step");
            }
        } catch (ModelFormatException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw fail(e.getMessage(), e);
        }
    }

    private void threshold(String[] f) {
        fields(f, 4, "threshold<TAB>STATUS<TAB>LAST_POINTS<TAB>PUBLISHED_UPPER (empty: the score of LAST_POINTS)");
        Status status;
        try {
            status = Status.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
            throw fail("unknown status '" + f[1] + "'; expected SANGAT_TERTINGGAL, TERTINGGAL, BERKEMBANG or MAJU", e);
        }
        if (status == Status.MANDIRI) {
            throw fail("MANDIRI has no upper threshold; give those of the four lower statuses");
        }
        if (thresholds[status.ordinal()]) {
            throw fail("a second threshold for " + status);
        }
        BigDecimal upper = null;
        try {
            upper = f[3].isEmpty() ? null : new BigDecimal(AsciiNumbers.isAscii(f[3]) ? f[3] : "?");
        } catch (NumberFormatException e) {
            throw fail("published upper score of " + status.name() + ": expected a decimal such as 49.48, found '" + f[3] + "'",
                    e);
        }
        model().threshold(status, parseInt(f[2], "last points of " + status), upper);
        thresholds[status.ordinal()] = true;
    }

    private void item(String[] f) {
        fields(f, 6, "item<TAB>CODE<TAB>DIMENSION<TAB>SUB-DIMENSION<TAB>INDICATOR<TAB>NAME");
        model();
        String code = f[1];
        if (items.containsKey(code)) {
            throw fail("item " + code + " is defined twice (first on line " + itemLines.get(code) + ")");
        }
        Dimension dimension;
        try {
            dimension = Dimension.valueOf(f[2]);
        } catch (IllegalArgumentException e) {
            throw fail("item " + code + ": unknown dimension '" + f[2] + "'; expected LD, SO, EK, LI, AK or TK", e);
        }
        items.put(code, Item.builder(code, dimension).subDimension(f[3]).indicator(f[4]).name(f[5]));
        itemLines.put(code, lineNo());
    }

    private void agencies(String[] f) {
        fields(f, 7, "agencies<TAB>CODE<TAB>PUSAT<TAB>PROVINSI<TAB>KABUPATEN<TAB>DESA<TAB>LAINNYA");
        Item.Builder builder = known(f[1], "agencies");
        once(f);
        Map<AgencyLevel, String> map = new EnumMap<>(AgencyLevel.class);
        for (int i = 0; i < AGENCY_COLUMNS.size(); i++) {
            map.put(AGENCY_COLUMNS.get(i), f[2 + i]);
        }
        builder.agencies(Agencies.of(map));
    }

    private int[] scores(String text) {
        String[] parts = text.split(",", -1);
        int[] scores = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            scores[i] = parseInt(parts[i], "observed score");
        }
        return scores;
    }

    private void once(String[] f) {
        String key = f[0] + "\t" + f[1];
        Integer previous = seen.containsKey(key) ? Integer.valueOf(seen.get(key)) : null;
        if (previous != null) {
            throw fail("a second '" + f[0] + "' line for " + f[1] + " (first on line " + previous + ")");
        }
        seen.put(key, String.valueOf(lineNo()));
    }

    private Item.Builder known(String code, String keyword) {
        Item.Builder builder = items.get(code);
        if (builder == null) {
            throw fail("'" + keyword + "' for unknown item '" + code + "'; its 'item' line must come first");
        }
        return builder;
    }

    private IndeksDesaModel.Builder model() {
        if (model == null) {
            throw fail("expected the 'model<TAB>NAME' line before this one");
        }
        return model;
    }
}
