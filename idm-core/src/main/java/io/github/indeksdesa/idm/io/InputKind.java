// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.io;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of input the project reads, told apart by their first bytes and first line (not by
 * their names); see {@link Input#kind()}.
 */
public enum InputKind {
    /** A JSON document: a ministry {@code rumusan} report (or its error envelope); read by idm-json. */
    RUMUSAN_JSON("rumusan JSON report"),
    /** A CSV (or gzip-compressed CSV) whose header has kode_desa, tahun and indicator codes; read by idm-tables. */
    SCORES_TABLE("scores table"),
    /** Any other CSV (or gzip-compressed CSV) with a header: a ministry bulk table; read by idm-tables. */
    BULK_TABLE("bulk table"),
    /** An XLSX workbook: a ministry bulk table; read by idm-tables. */
    BULK_XLSX("bulk table (XLSX)"),
    /**
     * An Indeks Desa score export as CSV (or gzip-compressed CSV): a header of official item texts
     * with the column {@code Kode Wilayah Administrasi Desa}; read by idm-tables.
     */
    ID_SCORE_EXPORT("Indeks Desa score export"),
    /**
     * An Indeks Desa score export as an XLSX workbook. {@link Input#kind()} tells a workbook only
     * as {@link #BULK_XLSX}: reading its header needs the workbook's XML, which idm-tables reads
     * ({@code TableKinds.of(Input)} there tells this kind).
     */
    ID_SCORE_EXPORT_XLSX("Indeks Desa score export (XLSX)"),
    /**
     * An Indeks Desa dimension table (CSV or gzip-compressed CSV): a header with {@code kode_desa},
     * {@code tahun} and the six dimension codes {@code LD, SO, EK, LI, AK, TK}; read by idm-tables.
     */
    ID_DIMENSION_TABLE("Indeks Desa dimension table"),
    /** Conformance vectors or an implementer's results as JSON (a document with the kit's key). */
    VECTORS_JSON("conformance kit (JSON)"),
    /** Conformance vectors or an implementer's results as CSV (header {@code id,category,…}). */
    VECTORS_CSV("conformance kit (CSV)");

    /** The header of an Indeks Desa score export's village code column, upper case. */
    static final String EXPORT_CODE_COLUMN = "KODE WILAYAH ADMINISTRASI DESA";
    /** The Indeks Desa dimension codes, upper case. */
    private static final List<String> DIMENSIONS = List.of("LD", "SO", "EK", "LI", "AK", "TK");

    /** The key of the conformance kit's JSON documents. */
    static final String KIT_KEY = "idmConformanceKit";
    /** The key of the Indeks Desa conformance kit's JSON documents. */
    static final String ID_KIT_KEY = "indeksDesaConformanceKit";

    private final String description;

    InputKind(String description) {
        this.description = description;
    }

    /**
     * Tells whether this kind holds Indeks Desa data (a score export or a dimension table).
     *
     * @return true for the Indeks Desa kinds
     */
    public boolean isIndeksDesa() {
        return this == ID_SCORE_EXPORT || this == ID_SCORE_EXPORT_XLSX || this == ID_DIMENSION_TABLE;
    }

    /**
     * Returns what this kind is, in a few words for messages, e.g. {@code "scores table"}.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Tells the kind of a text input from its first characters (decompressed, any byte order mark
     * kept or not).
     *
     * @param name the input's name, for errors, not null
     * @param head the first characters of the text, at least its first line where it has one, not null
     * @return the kind, not null
     * @throws InputException if the text is empty or none of the kinds
     */
    static InputKind ofText(String name, String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String stripped = text.stripLeading();
        if (stripped.isEmpty()) {
            throw new InputException(name, "", "the input is empty", null);
        }
        if (stripped.startsWith("//") || stripped.startsWith("/*")) {
            throw new InputException(name, "line 1", "starts with a comment, and comments are not JSON (a rumusan "
                    + "report starts with '{'); remove them", null);
        }
        if (stripped.charAt(0) == '{' || stripped.charAt(0) == '[') {
            return stripped.contains("\"" + KIT_KEY + "\"") || stripped.contains("\"" + ID_KIT_KEY + "\"")
                    ? VECTORS_JSON : RUMUSAN_JSON;
        }
        int end = stripped.indexOf('\n');
        String header = (end < 0 ? stripped : stripped.substring(0, end)).strip().toUpperCase(Locale.ROOT);
        if (header.startsWith("ID,CATEGORY,")) {
            return VECTORS_CSV;
        }
        List<String> columns = List.of(header.replace("\"", "").split("\\s*,\\s*"));
        if (columns.contains("KODE_DESA") && columns.contains("TAHUN")
                && columns.stream().anyMatch(c -> c.matches("IK[SEL]\\d\\d"))) {
            return SCORES_TABLE;
        }
        if (columns.contains("KODE_DESA") && columns.contains("TAHUN") && columns.containsAll(DIMENSIONS)) {
            return ID_DIMENSION_TABLE;
        }
        if (columns.stream().anyMatch(c -> c.replaceAll("\\s+", " ").equals(EXPORT_CODE_COLUMN))) {
            return ID_SCORE_EXPORT;
        }
        if (header.contains(",")) {
            return BULK_TABLE;
        }
        throw new InputException(name, "line 1", "expected a rumusan JSON report, a scores table (header kode_desa,"
                + "tahun,IKS01,…), an Indeks Desa score export or dimension table, a bulk table (CSV with a header) or conformance vectors", null);
    }
}
