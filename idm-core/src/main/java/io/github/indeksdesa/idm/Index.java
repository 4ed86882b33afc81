// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

/**
 * The three composite indices whose mean is the IDM. Every indicator belongs to exactly one.
 */
public enum Index {
    /** Indeks Ketahanan Sosial: social resilience (health, education, social capital, settlement). */
    IKS("Indeks Ketahanan Sosial", "Social resilience index"),
    /** Indeks Ketahanan Ekonomi: economic resilience. */
    IKE("Indeks Ketahanan Ekonomi", "Economic resilience index"),
    /** Indeks Ketahanan Ekologi/Lingkungan: ecological resilience. */
    IKL("Indeks Ketahanan Ekologi/Lingkungan", "Ecological resilience index");

    private final String indonesianName;
    private final String englishName;

    Index(String indonesianName, String englishName) {
        this.indonesianName = indonesianName;
        this.englishName = englishName;
    }

    /**
     * Returns the official Indonesian name, e.g. "Indeks Ketahanan Sosial".
     *
     * @return the name, not null
     */
    public String indonesianName() {
        return indonesianName;
    }

    /**
     * Returns the English name, e.g. "Social resilience index".
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
