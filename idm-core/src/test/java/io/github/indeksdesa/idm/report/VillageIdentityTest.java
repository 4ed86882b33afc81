// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.indeksdesa.idm.VillageCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VillageIdentityTest {

    private static final VillageCode KELADEN = VillageCode.of("6401022004");

    @Test
    void codeOnly() {
        VillageIdentity identity = VillageIdentity.of(KELADEN);
        assertEquals(KELADEN, identity.villageCode());
        assertEquals(Optional.empty(), identity.villageName());
        assertEquals(Optional.empty(), identity.districtName());
        assertEquals(Optional.empty(), identity.regencyName());
        assertEquals(Optional.empty(), identity.provinceName());
        assertEquals("6401022004", identity.toString());
    }

    @Test
    void withNames() {
        VillageIdentity identity = VillageIdentity.of(KELADEN, "KELADEN", "TANJUNG HARAPAN", "PASER", "KALIMANTAN TIMUR");
        assertEquals(Optional.of("KELADEN"), identity.villageName());
        assertEquals(Optional.of("TANJUNG HARAPAN"), identity.districtName());
        assertEquals(Optional.of("PASER"), identity.regencyName());
        assertEquals(Optional.of("KALIMANTAN TIMUR"), identity.provinceName());
        assertEquals("6401022004 KELADEN, TANJUNG HARAPAN, PASER, KALIMANTAN TIMUR", identity.toString());
        VillageIdentity partial = VillageIdentity.of(KELADEN, null, null, "PASER", null);
        assertEquals(Optional.empty(), partial.villageName());
        assertEquals("6401022004 PASER", partial.toString());
    }

    @Test
    void equality() {
        VillageIdentity a = VillageIdentity.of(KELADEN, "KELADEN", null, "PASER", null);
        assertEquals(a, VillageIdentity.of(KELADEN, "KELADEN", null, "PASER", null));
        assertEquals(a.hashCode(), VillageIdentity.of(KELADEN, "KELADEN", null, "PASER", null).hashCode());
        assertEquals(VillageIdentity.of(KELADEN), VillageIdentity.of(KELADEN, null, null, null, null));
        assertNotEquals(a, VillageIdentity.of(KELADEN, "Keladen", null, "PASER", null));
        assertNotEquals(a, VillageIdentity.of(KELADEN, "KELADEN", "X", "PASER", null));
        assertNotEquals(a, VillageIdentity.of(KELADEN, "KELADEN", null, "PASER", "X"));
        assertNotEquals(a, VillageIdentity.of(VillageCode.of("6401022005"), "KELADEN", null, "PASER", null));
        assertNotEquals(a, (Object) KELADEN);
    }

    @Test
    void codeIsRequired() {
        assertEquals("villageCode", assertThrows(NullPointerException.class, () -> VillageIdentity.of(null))
                .getMessage());
        assertEquals("villageCode", assertThrows(NullPointerException.class,
                () -> VillageIdentity.of(null, "KELADEN", null, null, null)).getMessage());
    }
}
