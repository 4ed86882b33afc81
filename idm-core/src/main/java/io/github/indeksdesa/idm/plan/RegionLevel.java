// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.VillageCode;
import java.util.Locale;
import java.util.Objects;

/**
 * A level of the Kemendagri region hierarchy, read from a village code's leading digits
 * (PP KK CC DDDD): province (2 digits), regency or city (4), district (6).
 */
public enum RegionLevel {
    /** Provinsi: the first 2 digits. */
    PROVINCE("provinsi", 2),
    /** Kabupaten or kota: the first 4 digits. */
    REGENCY("kabupaten", 4),
    /** Kecamatan: the first 6 digits. */
    DISTRICT("kecamatan", 6);

    private final String indonesianName;
    private final int digits;

    RegionLevel(String indonesianName, int digits) {
        this.indonesianName = indonesianName;
        this.digits = digits;
    }

    /**
     * Returns the Indonesian name, e.g. "kabupaten".
     *
     * @return the name, lower case, not null
     */
    public String indonesianName() {
        return indonesianName;
    }

    /**
     * Returns the region code of a village at this level, e.g. "6407" for 6407122001 at
     * {@link #REGENCY}.
     *
     * @param villageCode the village code, not null
     * @return the region code, not null
     */
    public String codeOf(VillageCode villageCode) {
        return Objects.requireNonNull(villageCode, "villageCode").value().substring(0, digits);
    }

    /**
     * Finds a level by its English or Indonesian name, ignoring case: "province"/"provinsi",
     * "regency"/"kabupaten"/"kota", "district"/"kecamatan".
     *
     * @param name the name, not null
     * @return the level, not null
     * @throws IllegalArgumentException if the name is none of these
     */
    public static RegionLevel parse(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (RegionLevel level : values()) {
            if (key.equals(level.indonesianName) || key.equals(level.name().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        if (key.equals("kota") || key.equals("kabupaten/kota") || key.equals("city")) {
            return REGENCY;
        }
        throw new IllegalArgumentException("region level: unknown name \"" + name
                + "\"; expected provinsi, kabupaten or kecamatan (or province, regency, district)");
    }
}
