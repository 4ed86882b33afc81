// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import io.github.indeksdesa.idm.internal.AsciiNumbers;
import io.github.indeksdesa.idm.internal.TabRecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the model text format: one record per line, a keyword and TAB-separated fields taken
 * exactly as written. Strict, because a silently misread ladder would misjudge every village.
 */
final class ModelReader extends TabRecordReader {

    static final int FORMAT_VERSION = 1;


    private IdmModel.Builder model;
    private final Map<String, Indicator.Builder> indicators = new LinkedHashMap<>();
    private final Map<String, Integer> agencyLines = new LinkedHashMap<>();
    private final BigDecimal[] thresholds = new BigDecimal[4];
    private boolean formatSeen;
    private boolean yearsSeen;

    private ModelReader(String sourceName) {
        super(sourceName);
    }

    static IdmModel readResource(String resource) {
        return readResource(ModelReader.class, resource, ModelReader::read);
    }

    static IdmModel read(String sourceName, Reader reader) throws IOException {
        return new ModelReader(sourceName).readAll(new BufferedReader(reader));
    }

    private IdmModel readAll(BufferedReader in) throws IOException {
        readRecords(in);
        if (model == null) {
            throw fail("no 'model' line: expected 'model<TAB>NAME' before the indicators");
        }
        if (!yearsSeen) {
            throw fail("no 'years' line: expected 'years<TAB>FIRST<TAB>LAST'");
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (thresholds[i] == null) {
                throw fail("no threshold for " + Status.values()[i] + ": expected 'threshold<TAB>"
                        + Status.values()[i] + "<TAB>UPPER_BOUND'");
            }
        }
        try {
            model.thresholds(StatusThresholds.of(thresholds[0], thresholds[1], thresholds[2], thresholds[3]));
            for (Map.Entry<String, Indicator.Builder> e : indicators.entrySet()) {
                if (!agencyLines.containsKey(e.getKey())) {
                    throw fail("indicator " + e.getKey() + " has no 'agencies' line");
                }
                model.indicator(buildIndicator(e.getKey(), e.getValue()));
            }
            return model.build();
        } catch (ModelFormatException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw fail(e.getMessage(), e);
        }
    }

    private Indicator buildIndicator(String code, Indicator.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw fail(e.getMessage() + " (no 'score' line for " + code + "?)", e);
        }
    }

    @Override
    protected void record(String[] f) {
        String keyword = f[0];
        if (!formatSeen && !keyword.equals("format")) {
            throw fail("expected 'format<TAB>" + FORMAT_VERSION + "' as the first record, found '" + keyword + "'");
        }
        switch (keyword) {
            case "format":
                fields(f, 2, "format<TAB>VERSION");
                if (formatSeen || parseInt(f[1], "format version") != FORMAT_VERSION) {
                    throw fail("expected a single 'format<TAB>" + FORMAT_VERSION + "' line, found version '" + f[1] + "'");
                }
                formatSeen = true;
                break;
            case "model":
                fields(f, 2, "model<TAB>NAME");
                if (model != null) {
                    throw fail("a second 'model' line; one file holds one model");
                }
                try {
                    model = IdmModel.builder(f[1]);
                } catch (IllegalArgumentException e) {
                    throw fail(e.getMessage(), e);
                }
                break;
            case "alias":
                fields(f, 2, "alias<TAB>NAME");
                try {
                    model().alias(f[1]);
                } catch (ModelFormatException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw fail(e.getMessage(), e);
                }
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
                int first = parseInt(f[1], "first year");
                int last = parseInt(f[2], "last year");
                try {
                    model().years(first, last);
                } catch (ModelFormatException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw fail(e.getMessage(), e);
                }
                yearsSeen = true;
                break;
            case "threshold":
                threshold(f);
                break;
            case "indicator":
                indicator(f);
                break;
            case "agencies":
                agencies(f);
                break;
            case "score":
                score(f);
                break;
            default:
                throw fail("unknown keyword '" + keyword + "'; expected one of format, model, alias, title, "
                        + "legal-basis, source, years, threshold, indicator, agencies, score");
        }
    }

    private void threshold(String[] f) {
        fields(f, 3, "threshold<TAB>STATUS<TAB>UPPER_BOUND");
        Status status;
        try {
            status = Status.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
            throw fail("unknown status '" + f[1] + "'; expected SANGAT_TERTINGGAL, TERTINGGAL, BERKEMBANG or MAJU", e);
        }
        if (status == Status.MANDIRI) {
            throw fail("MANDIRI has no upper bound; give the bounds of the four lower statuses");
        }
        if (thresholds[status.ordinal()] != null) {
            throw fail("a second threshold for " + status.name());
        }
        try {
            thresholds[status.ordinal()] = new BigDecimal(AsciiNumbers.isAscii(f[2]) ? f[2] : "?");
        } catch (NumberFormatException e) {
            throw fail("threshold of " + status.name() + ": expected a decimal such as 0.4907, found '" + f[2] + "'", e);
        }
    }

    private void indicator(String[] f) {
        fields(f, 7, "indicator<TAB>CODE<TAB>INDEX<TAB>NO<TAB>DIMENSION<TAB>MINISTRY_LABEL<TAB>ENGLISH_NAME");
        model();
        String code = f[1];
        if (indicators.containsKey(code)) {
            throw fail("indicator " + code + " is defined twice");
        }
        Index index;
        try {
            index = Index.valueOf(f[2]);
        } catch (IllegalArgumentException e) {
            throw fail("indicator " + code + ": unknown index '" + f[2] + "'; expected IKS, IKE or IKL", e);
        }
        try {
            indicators.put(code, Indicator.builder(code, index)
                    .number(parseInt(f[3], "indicator number"))
                    .dimension(nonEmpty(f[4], "dimension"))
                    .label(nonEmpty(f[5], "ministry label"))
                    .englishName(nonEmpty(f[6], "English name")));
        } catch (IllegalArgumentException e) {
            throw e instanceof ModelFormatException ? e : fail(e.getMessage(), e);
        }
    }

    private void agencies(String[] f) {
        fields(f, 8, "agencies<TAB>CODE<TAB>PUSAT<TAB>PROV<TAB>KAB<TAB>DESA<TAB>CSR<TAB>LAINNYA");
        Indicator.Builder builder = known(f[1], "agencies");
        if (agencyLines.put(f[1], lineNo()) != null) {
            throw fail("a second 'agencies' line for " + f[1]);
        }
        Map<AgencyLevel, String> map = new EnumMap<>(AgencyLevel.class);
        AgencyLevel[] levels = AgencyLevel.values();
        for (int i = 0; i < levels.length; i++) {
            map.put(levels[i], f[2 + i].isEmpty() ? null : f[2 + i]);
        }
        builder.agencies(Agencies.of(map));
    }

    private void score(String[] f) {
        fields(f, 5, "score<TAB>CODE<TAB>SCORE<TAB>KETERANGAN<TAB>KEGIATAN");
        Indicator.Builder builder = known(f[1], "score");
        try {
            builder.step(parseInt(f[2], "score"), f[3].isEmpty() ? null : f[3], f[4].isEmpty() ? null : f[4]);
        } catch (IllegalArgumentException e) {
            throw e instanceof ModelFormatException ? e : fail(e.getMessage(), e);
        }
    }

    private Indicator.Builder known(String code, String keyword) {
        Indicator.Builder builder = indicators.get(code);
        if (builder == null) {
            throw fail("'" + keyword + "' for unknown indicator '" + code + "'; its 'indicator' line must come first");
        }
        return builder;
    }

    private IdmModel.Builder model() {
        if (model == null) {
            throw fail("expected the 'model<TAB>NAME' line before this one");
        }
        return model;
    }

    private String nonEmpty(String text, String what) {
        if (text.isBlank()) {
            throw fail(what + ": expected a text, found an empty field");
        }
        return text;
    }
}
