// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

/**
 * The six columns of the ministry's report that name who can act on an indicator.
 */
public enum AgencyLevel {
    /** Central government (ministries and national agencies). */
    PUSAT("Central government"),
    /** Provincial government agencies. */
    PROV("Provincial government"),
    /** Regency or city government agencies (OPD). */
    KAB("Regency/city government"),
    /** The village itself, e.g. through the village fund (DD, Dana Desa). */
    DESA("Village"),
    /** Companies' corporate social responsibility programmes. */
    CSR("Corporate social responsibility"),
    /** Others: private sector, individuals, state companies. */
    LAINNYA("Others");

    private final String englishName;

    AgencyLevel(String englishName) {
        this.englishName = englishName;
    }

    /**
     * Returns the English name of the level, e.g. "Provincial government".
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
