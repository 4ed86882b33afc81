// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import java.io.IOException;
import java.util.List;

/** A source of table rows (CSV records or spreadsheet rows), one at a time. */
interface TableRows {

    /** One row: where it is, its cells, and why it is malformed (or null). */
    final class Row {
        final String location;
        final List<String> cells;
        final String problem;

        Row(String location, List<String> cells, String problem) {
            this.location = location;
            this.cells = cells;
            this.problem = problem;
        }

        boolean isBlank() {
            for (String cell : cells) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Returns the next row, or null at the end. */
    Row next() throws IOException;
}
