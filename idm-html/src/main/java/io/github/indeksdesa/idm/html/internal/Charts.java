// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html.internal;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.html.RegionRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The geometry of the charts, computed here so that the templates only lay out markup. */
final class Charts {

    private Charts() {
    }

    /** Width of every chart's view box. */
    static final int WIDTH = 720;
    /** Width of the label column of bar charts. */
    static final int LABEL = 240;
    /** Width of the value column at the right of bar charts. */
    static final int VALUE = 90;
    /** Height of one row of a bar chart. */
    static final int ROW = 26;
    /** Height of one bar. */
    static final int BAR = 18;
    /** Side of one cell of the heat map (width), and its height. */
    static final int CELL_W = 110;
    static final int CELL_H = 44;

    /** The drawable width of a bar. */
    static int barWidth() {
        return WIDTH - LABEL - VALUE;
    }

    /** A length with one decimal, as SVG reads it. */
    static String len(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The height of a bar chart of {@code rows} rows. */
    static int height(int rows) {
        return Math.max(1, rows) * ROW + 4;
    }

    /** The top of row {@code i}. */
    static int top(int i) {
        return i * ROW + 4;
    }

    /** The baseline of the text of row {@code i}. */
    static int baseline(int i) {
        return top(i) + 13;
    }

    /** One segment of a stacked bar: a status, its count and where it starts and how wide it is. */
    record Segment(Status status, long count, String x, String width, String percent) {
    }

    /** The segments of a region's stacked bar, in status order, without the statuses it has no village in. */
    static List<Segment> segments(RegionRow region) {
        List<Segment> segments = new ArrayList<>();
        long total = region.total();
        if (total == 0) {
            return segments;
        }
        double x = LABEL;
        for (Status status : Status.values()) {
            long count = region.count(status);
            if (count == 0) {
                continue;
            }
            double w = (double) barWidth() * count / total;
            segments.add(new Segment(status, count, len(x), len(w), percent(count, total)));
            x += w;
        }
        return segments;
    }

    /** {@code part / whole} in percent with 1 decimal, "0.0" for an empty whole. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0.0";
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The opacity of a heat-map cell: its share of the largest count, at least a trace for non-zero cells. */
    static String opacity(int count, int largest) {
        if (count == 0 || largest == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.3f", 0.08 + 0.92 * count / largest);
    }

    /** Whether a heat-map cell is dark enough to need white text. */
    static boolean dark(int count, int largest) {
        return largest > 0 && 0.08 + 0.92 * count / largest > 0.55;
    }

    /** An HTML id made from a text: letters, digits and dashes. */
    static String id(String prefix, String text) {
        return prefix + "-" + text.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** The share of a count in the largest count, for drawing a plain bar. */
    static String width(long count, long largest) {
        return largest == 0 ? "0.0" : len((double) barWidth() * count / largest);
    }

    /** A label shortened to fit the label column. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
