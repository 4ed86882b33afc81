// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.report;

import io.github.indeksdesa.idm.VillageCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a report is about: the village code and, where known, the names of the village, district,
 * regency and province (the ministry's IDENTITAS). The region codes are the prefixes of the village
 * code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VillageIdentity {

    private final VillageCode villageCode;
    private final String villageName;
    private final String districtName;
    private final String regencyName;
    private final String provinceName;

    private VillageIdentity(VillageCode villageCode, String villageName, String districtName, String regencyName,
            String provinceName) {
        this.villageCode = villageCode;
        this.villageName = villageName;
        this.districtName = districtName;
        this.regencyName = regencyName;
        this.provinceName = provinceName;
    }

    /**
     * Returns an identity with a code and no names.
     *
     * @param villageCode the village, not null
     * @return the identity, not null
     */
    public static VillageIdentity of(VillageCode villageCode) {
        return new VillageIdentity(Objects.requireNonNull(villageCode, "villageCode"), null, null, null, null);
    }

    /**
     * Returns an identity with names; a null name is unknown.
     *
     * @param villageCode the village, not null
     * @param villageName the village name (nama_desa), or null
     * @param districtName the district name (nama_kecamatan), or null
     * @param regencyName the regency or city name (nama_kab_kota), or null
     * @param provinceName the province name (nama_provinsi), or null
     * @return the identity, not null
     */
    public static VillageIdentity of(VillageCode villageCode, String villageName, String districtName,
            String regencyName, String provinceName) {
        return new VillageIdentity(Objects.requireNonNull(villageCode, "villageCode"), villageName, districtName,
                regencyName, provinceName);
    }

    /**
     * Returns the village code.
     *
     * @return the code, not null
     */
    public VillageCode villageCode() {
        return villageCode;
    }

    /**
     * Returns the village name.
     *
     * @return the name, empty if unknown
     */
    public Optional<String> villageName() {
        return Optional.ofNullable(villageName);
    }

    /**
     * Returns the district (kecamatan) name.
     *
     * @return the name, empty if unknown
     */
    public Optional<String> districtName() {
        return Optional.ofNullable(districtName);
    }

    /**
     * Returns the regency or city (kabupaten/kota) name.
     *
     * @return the name, empty if unknown
     */
    public Optional<String> regencyName() {
        return Optional.ofNullable(regencyName);
    }

    /**
     * Returns the province name.
     *
     * @return the name, empty if unknown
     */
    public Optional<String> provinceName() {
        return Optional.ofNullable(provinceName);
    }

    /**
     * Returns whether the other identity has the same code and names.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof VillageIdentity)) {
            return false;
        }
        VillageIdentity o = (VillageIdentity) other;
        return villageCode.equals(o.villageCode) && Objects.equals(villageName, o.villageName)
                && Objects.equals(districtName, o.districtName) && Objects.equals(regencyName, o.regencyName)
                && Objects.equals(provinceName, o.provinceName);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(villageCode, villageName, districtName, regencyName, provinceName);
    }

    /**
     * Returns the code and the names that are known, e.g. {@code 6401022004 KELADEN, TANJUNG
     * HARAPAN, PASER, KALIMANTAN TIMUR}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(villageCode.value());
        String sep = " ";
        for (String name : new String[] {villageName, districtName, regencyName, provinceName}) {
            if (name != null) {
                s.append(sep).append(name);
                sep = ", ";
            }
        }
        return s.toString();
    }
}
