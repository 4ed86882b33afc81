// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import java.util.List;

/**
 * Writes RFC 4180 lines: comma separated, double quotes around fields that hold commas, quotes or
 * line breaks. CSV input is read with idm-json's {@code CsvRecord}.
 */
final class Csv {

    private Csv() {
    }

    /** Appends one field, quoted where needed. */
    static void appendField(StringBuilder out, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** Returns one CSV line (without the line break) of the given fields. */
    static String line(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, values.get(i));
        }
        return out.toString();
    }
}
