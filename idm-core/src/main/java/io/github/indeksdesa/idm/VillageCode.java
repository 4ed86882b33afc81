// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.util.Objects;

/**
 * A 10-digit Kemendagri village code, {@code PP KK CC DDDD}: the first 2, 4 and 6 digits are the
 * codes of the province, the regency or city (kabupaten/kota) and the district (kecamatan).
 *
 * <p>This is the code of the ministry's API ({@code kode_desa}), not the BPS code. This class is
 * immutable and thread-safe.
 */
public final class VillageCode implements Comparable<VillageCode> {

    private final String code;

    private VillageCode(String code) {
        this.code = code;
    }

    /**
     * Returns the village code for exactly ten ASCII digits.
     *
     * @param code the code, e.g. "6401022004", not null
     * @return the village code, not null
     * @throws IllegalArgumentException if {@code code} is not ten digits
     */
    public static VillageCode of(String code) {
        Objects.requireNonNull(code, "code");
        if (!isValid(code)) {
            throw new IllegalArgumentException("village code: expected 10 digits (PP KK CC DDDD), found \"" + code + "\"");
        }
        return new VillageCode(code);
    }

    /**
     * Returns whether a text is a valid village code: exactly ten ASCII digits.
     *
     * @param code the text, may be null
     * @return true if valid
     */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the 2-digit province code ("64" for Kalimantan Timur).
     *
     * @return the province code, not null
     */
    public String provinceCode() {
        return code.substring(0, 2);
    }

    /**
     * Returns the 4-digit regency/city code ("6401" for Paser).
     *
     * @return the regency code, not null
     */
    public String regencyCode() {
        return code.substring(0, 4);
    }

    /**
     * Returns the 6-digit district code ("640102").
     *
     * @return the district code, not null
     */
    public String districtCode() {
        return code.substring(0, 6);
    }

    /**
     * Returns the ten digits.
     *
     * @return the code, not null
     */
    public String value() {
        return code;
    }

    /**
     * Orders codes by their digits, which groups villages by province, regency and district.
     *
     * @param other the other code, not null
     * @return the comparison of the digits
     */
    @Override
    public int compareTo(VillageCode other) {
        return code.compareTo(other.code);
    }

    /**
     * Returns whether the other object is the same code.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof VillageCode && code.equals(((VillageCode) other).code);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the ten digits.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
