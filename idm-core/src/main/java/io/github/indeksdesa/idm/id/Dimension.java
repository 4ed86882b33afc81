// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The six dimensions of the Indeks Desa, in the official order. Each item belongs to one; a
 * dimension's points are the sum of its items' scores. How many items each has (and so its maximum)
 * is the model's: {@link IndeksDesaModel#itemCount(Dimension)},
 * {@link IndeksDesaModel#maxPoints(Dimension)} (34, 17, 32, 18, 10 and 16 items in the official
 * edition, 170, 85, 160, 90, 50 and 80 points).
 *
 * <p>The two-letter codes are this project's, as are the item codes built on them; the ministry
 * names dimensions by their text.
 */
public enum Dimension {
    /** Layanan Dasar: education, health, basic utilities. */
    LD("LAYANAN DASAR", "Layanan Dasar", "Basic services"),
    /** Sosial: social activity and community facilities. */
    SO("SOSIAL", "Sosial", "Social"),
    /** Ekonomi: village production and economic facilities. */
    EK("EKONOMI", "Ekonomi", "Economy"),
    /** Lingkungan: environmental management and disaster response. */
    LI("LINGKUNGAN", "Lingkungan", "Environment"),
    /** Aksesibilitas: road conditions and ease of access. */
    AK("AKSESIBILITAS", "Aksesibilitas", "Accessibility"),
    /** Tata Kelola Pemerintahan Desa: village institutions, services and finances. */
    TK("TATA KELOLA PEMERINTAHAN DESA", "Tata Kelola Pemerintahan Desa", "Village governance");

    private static final Dimension[] VALUES = values();

    private final String officialName;
    private final String label;
    private final String englishName;

    Dimension(String officialName, String label, String englishName) {
        this.officialName = officialName;
        this.label = label;
        this.englishName = englishName;
    }

    /**
     * Returns the two-letter code, e.g. "LD" (the same as {@link #name()}).
     *
     * @return the code, not null
     */
    public String code() {
        return name();
    }

    /**
     * Returns the name as the ministry's item table writes it, e.g. "LAYANAN DASAR".
     *
     * @return the official name, not null
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Returns the title-case name, e.g. "Layanan Dasar".
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the English name, e.g. "Basic services" (this project's translation).
     *
     * @return the English name, not null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Finds a dimension by its code or official name, ignoring case and surrounding or repeated
     * spaces: "LD", "ld", "Layanan Dasar", "LAYANAN  DASAR" all give {@link #LD}.
     *
     * @param text the code or name, not null
     * @return the dimension, not null
     * @throws IllegalArgumentException if no dimension has that code or name; the message lists them
     */
    public static Dimension parse(String text) {
        Objects.requireNonNull(text, "text");
        String key = text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        for (Dimension d : VALUES) {
            if (key.equals(d.name()) || key.equals(d.officialName)) {
                return d;
            }
        }
        throw new IllegalArgumentException("dimension: unknown code or name \"" + text + "\"; expected one of "
                + Arrays.stream(VALUES).map(d -> d.name() + " (" + d.officialName + ")").collect(Collectors.joining(", ")));
    }
}
