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
    /** Conformance vectors or an implementer's results as JSON (a document with the kit's key). */
    VECTORS_JSON("conformance kit (JSON)"),
    /** Conformance vectors or an implementer's results as CSV (header {@code id,category,…}). */
    VECTORS_CSV("conformance kit (CSV)");

    /** The key of the conformance kit's JSON documents. */
    static final String KIT_KEY = "idmConformanceKit";

    private final String description;

    InputKind(String description) {
        this.description = description;
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
        if (stripped.charAt(0) == '{' || stripped.charAt(0) == '[') {
            return stripped.contains("\"" + KIT_KEY + "\"") ? VECTORS_JSON : RUMUSAN_JSON;
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
        if (header.contains(",")) {
            return BULK_TABLE;
        }
        throw new InputException(name, "line 1", "expected a rumusan JSON report, a scores table (header kode_desa,"
                + "tahun,IKS01,…), a bulk table (CSV with a header) or conformance vectors", null);
    }
}
