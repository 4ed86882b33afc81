// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

/**
 * The edition of the index a page shows: the IDM (Indeks Desa Membangun, 50 indicators, three
 * indices) or the Indeks Desa (127 items, six dimensions, Skor ID). It decides the page's wording:
 * the units ("indikator" or "item") and what the bars are (indices or dimensions).
 */
public enum Edition {
    /** Indeks Desa Membangun, 2015–2024. */
    IDM("IDM", "Indikator", "indeks"),
    /** Indeks Desa, 2025 onwards. */
    INDEKS_DESA("Indeks Desa", "Item", "dimensi");

    private final String label;
    private final String unit;
    private final String group;

    Edition(String label, String unit, String group) {
        this.label = label;
        this.unit = unit;
        this.group = group;
    }

    /**
     * Returns the edition's name as printed: "IDM" or "Indeks Desa".
     *
     * @return the name, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns what a scored unit is called, capitalised: "Indikator" (IDM) or "Item" (Indeks Desa).
     *
     * @return the word, not null
     */
    public String unit() {
        return unit;
    }

    /**
     * Returns what a bar of the village page stands for: "indeks" (IDM) or "dimensi" (Indeks Desa).
     *
     * @return the word, not null
     */
    public String group() {
        return group;
    }
}
