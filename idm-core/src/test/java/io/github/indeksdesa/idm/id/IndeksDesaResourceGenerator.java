// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import io.github.indeksdesa.idm.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Writes the shipped Indeks Desa model resource from the ministry's items table
 * ({@code shared/reference/indeks-desa-2025-items.tsv}). {@link IndeksDesaResourceTest} checks that
 * the resource is exactly what this produces; run {@link #main(String[])} after the table changes.
 */
final class IndeksDesaResourceGenerator {

    /** The items table below the shared directory. */
    static final String ITEMS_TABLE = "reference/indeks-desa-2025-items.tsv";
    /** The resource, relative to the idm-core module. */
    static final String RESOURCE = "src/main/resources/io/github/indeksdesa/idm/id/indeks-desa-2025.tsv";

    private static final List<String> COLUMNS = List.of("position", "code", "dimension", "subdimension", "indicator",
            "item", "header_2025", "aliases", "observed_scores", "rekomendasi_1", "rekomendasi_2", "rekomendasi_3",
            "rekomendasi_4", "kegiatan_1", "kegiatan_2", "kegiatan_3", "kegiatan_4", "pusat", "provinsi", "kabupaten",
            "desa", "lainnya");

    /** The first and last points of the four lower statuses, and their published highest scores. */
    private static final int[] LAST_POINTS = {314, 364, 440, 505};
    private static final String[] PUBLISHED_UPPER = {"49.48", "57.38", "69.34", "79.62"};

    private static final String PREAMBLE = String.join("\n",
            "# Indeks Desa (ID) 2025: the ministry's 127-item model (Permendesa PDTT 9/2024).",
            "#",
            "# Generated from the ministry's items table (indeks-desa-2025-items.tsv) by",
            "# idm-core/src/test/java/io/github/indeksdesa/idm/id/IndeksDesaResourceGenerator.java; do not edit by",
            "# hand. Format indeks-desa-1 (docs/model-format.md). One record per line: a keyword, then fields",
            "# separated by one TAB each, taken exactly as written; an empty field means no value.",
            "#",
            "#   format        indeks-desa-1",
            "#   model         NAME                   the stable name IndeksDesaModel.of(NAME) finds",
            "#   alias         ALIAS                  another name for it (one per line)",
            "#   title / legal-basis / source         provenance, free text",
            "#   years         FIRST  LAST            the data years the model applies to",
            "#   threshold     STATUS  LAST_POINTS  PUBLISHED_UPPER   highest points and published score of STATUS",
            "#   item          CODE  DIMENSION  SUB-DIMENSION  INDICATOR  NAME     in official order",
            "#   header        CODE  TEXT             the column header of the 2025 score export",
            "#   header-alias  CODE  TEXT             another header seen for the item",
            "#   observed      CODE  SCORES           scores that occur in real 2025 data (not a rule)",
            "#   agencies      CODE  PUSAT  PROVINSI  KABUPATEN  DESA  LAINNYA",
            "#   step          CODE  SCORE  REKOMENDASI  KEGIATAN                 scores 1..4",
            "#",
            "# Item codes (LD01..TK16) are this project's: the ministry publishes none and names items by text.",
            "");

    private IndeksDesaResourceGenerator() {
    }

    /**
     * Returns the resource text for an items table.
     *
     * @param table the items table
     * @return the resource text
     * @throws IOException if the table cannot be read
     * @throws IllegalArgumentException if the table is not of the expected form (naming the line)
     */
    static String generate(Path table) throws IOException {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            throw new IllegalArgumentException(table + ":1: expected the columns " + String.join(",", COLUMNS));
        }
        StringBuilder out = new StringBuilder(PREAMBLE);
        out.append("\nformat\tindeks-desa-1\n")
                .append("model\tindeks-desa-2025\n")
                .append("alias\tofficial\nalias\tid\nalias\tid-2025\nalias\tpermendesa-9-2024\n")
                .append("title\tIndeks Desa (ID), 127 items in 6 dimensions\n")
                .append("legal-basis\tPeraturan Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi (Permendesa PDTT)"
                        + " No. 9 Tahun 2024 tentang Indeks Desa\n")
                .append("source\tKeputusan Menteri Desa PDT (Kepmendesa) No. 343 Tahun 2025 (status desa 2025); item texts,"
                        + " recommendations, activities and agencies from the ministry's items table; observed scores from"
                        + " 12,599 villages' 2025 data\n")
                .append("years\t2025\t2025\n\n");
        for (int i = 0; i < LAST_POINTS.length; i++) {
            out.append("threshold\t").append(Status.values()[i].name()).append('\t').append(LAST_POINTS[i]).append('\t')
                    .append(PUBLISHED_UPPER[i]).append('\n');
        }
        for (int n = 1; n < lines.size(); n++) {
            String[] f = lines.get(n).split("\t", -1);
            if (f.length != COLUMNS.size()) {
                throw new IllegalArgumentException(table + ":" + (n + 1) + ": expected " + COLUMNS.size()
                        + " TAB-separated columns, found " + f.length);
            }
            if (!f[0].equals(String.valueOf(n))) {
                throw new IllegalArgumentException(table + ":" + (n + 1) + ": expected position " + n + ", found " + f[0]);
            }
            String code = f[1];
            out.append('\n');
            out.append("item\t").append(code).append('\t').append(Dimension.parse(f[2]).code()).append('\t')
                    .append(f[3]).append('\t').append(f[4]).append('\t').append(f[5]).append('\n');
            out.append("header\t").append(code).append('\t').append(f[6]).append('\n');
            for (String alias : f[7].split("\\|")) {
                if (!alias.isBlank()) {
                    out.append("header-alias\t").append(code).append('\t').append(alias.strip()).append('\n');
                }
            }
            out.append("observed\t").append(code).append('\t').append(f[8]).append('\n');
            out.append("agencies\t").append(code);
            for (int c = 17; c <= 21; c++) {
                out.append('\t').append(f[c].strip());
            }
            out.append('\n');
            for (int score = 1; score <= 4; score++) {
                out.append("step\t").append(code).append('\t').append(score).append('\t').append(f[8 + score].strip())
                        .append('\t').append(f[12 + score].strip()).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Rewrites the resource from the items table.
     *
     * @param args the items table, then the resource (defaults: ../shared/reference/… and
     *     {@value #RESOURCE}, relative to the idm-core module)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path table = Paths.get(args.length > 0 ? args[0] : "../../shared/" + ITEMS_TABLE);
        Path resource = Paths.get(args.length > 1 ? args[1] : RESOURCE);
        Files.writeString(resource, generate(table), StandardCharsets.UTF_8);
        System.out.println("wrote " + resource.toAbsolutePath().normalize());
    }
}
