// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.io.ReadLimits;
import java.util.Locale;
import picocli.CommandLine;

/** {@code --limit NAME=VALUE}: one {@link ReadLimits} setting by its name. */
final class Limits {

    private Limits() {
    }

    /** Sets one limit, or throws a usage error naming the known limits. */
    static void set(ReadLimits.Builder b, String name, String text, CommandLine commandLine) {
        try {
            switch (name) {
                case "maxReportBytes" -> b.maxReportBytes(size(text));
                case "maxRecordChars" -> b.maxRecordChars(Math.toIntExact(size(text)));
                case "maxCellsPerRow" -> b.maxCellsPerRow(Math.toIntExact(size(text)));
                case "maxSharedStrings" -> b.maxSharedStrings(Math.toIntExact(size(text)));
                case "maxSharedStringChars" -> b.maxSharedStringChars(size(text));
                case "maxXlsxPartBytes" -> b.maxXlsxPartBytes(size(text));
                case "minInflateRatio" -> b.minInflateRatio(Double.parseDouble(text));
                case "maxGzipBytes" -> b.maxGzipBytes(size(text));
                case "maxRowsPerTable" -> b.maxRowsPerTable(size(text));
                default -> throw new IllegalArgumentException("unknown limit '" + Terminal.escape(name)
                        + "'; expected maxReportBytes, maxRecordChars, maxCellsPerRow, maxSharedStrings, "
                        + "maxSharedStringChars, maxXlsxPartBytes, minInflateRatio, maxGzipBytes or maxRowsPerTable");
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CommandLine.ParameterException(commandLine, "--limit " + name + ": expected a number such as "
                    + "64M, found '" + Terminal.escape(text) + "'");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--limit: " + e.getMessage());
        }
    }

    /** A whole number with an optional K, M or G (powers of 1024). */
    static long size(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        int shift = t.endsWith("K") ? 10 : t.endsWith("M") ? 20 : t.endsWith("G") ? 30 : 0;
        long value = Long.parseLong(shift == 0 ? t : t.substring(0, t.length() - 1));
        return Math.multiplyExact(value, 1L << shift);
    }
}
