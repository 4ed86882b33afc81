// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for people: text left, numbers right, two spaces between columns.
 */
final class TextTable {

    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header, boolean... right) {
        this.header = header;
        this.right = right;
    }

    /** Adds a row; control characters from the input are escaped (see {@link Terminal}). */
    void add(List<String> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (String cell : row) {
            cells.add(Terminal.escape(cell).replace('\n', ' ').replace('\t', ' '));
        }
        rows.add(cells);
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        line(out, header, width);
        for (List<String> row : rows) {
            line(out, row, width);
        }
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String cell = cells.get(i);
            boolean alignRight = i < right.length && right[i];
            boolean last = i == width.length - 1;
            if (i > 0) {
                b.append("  ");
            }
            if (alignRight) {
                b.append(" ".repeat(width[i] - cell.length())).append(cell);
            } else {
                b.append(cell);
                if (!last) {
                    b.append(" ".repeat(width[i] - cell.length()));
                }
            }
        }
        out.println(b.toString().stripTrailing());
    }
}
