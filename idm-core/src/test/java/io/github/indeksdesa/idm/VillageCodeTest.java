// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VillageCodeTest {

    private static final String KELADEN = "6401022004";

    @Test
    void prefixesAreTheRegions() {
        VillageCode code = VillageCode.of(KELADEN);
        assertEquals("64", code.provinceCode());
        assertEquals("6401", code.regencyCode());
        assertEquals("640102", code.districtCode());
        assertEquals(KELADEN, code.value());
        assertEquals(KELADEN, code.toString());
    }

    @Test
    void validityIsExactlyTenAsciiDigits() {
        assertTrue(VillageCode.isValid(KELADEN));
        assertTrue(VillageCode.isValid("0000000000"));
        for (String bad : new String[] {"", "640102200", "64010220041", "6401O22004", " 640102200", "6401022004 ",
            "3.604052001E9", "６４０１０２２００４", "64.01.02.2004"}) {
            assertFalse(VillageCode.isValid(bad), bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VillageCode.of(bad), bad);
            assertEquals("village code: expected 10 digits (PP KK CC DDDD), found \"" + bad + "\"", e.getMessage());
        }
        assertFalse(VillageCode.isValid(null));
        assertEquals("code", assertThrows(NullPointerException.class, () -> VillageCode.of(null)).getMessage());
    }

    @Test
    void equalityAndOrder() {
        assertEquals(VillageCode.of(KELADEN), VillageCode.of(KELADEN));
        assertEquals(VillageCode.of(KELADEN).hashCode(), VillageCode.of(KELADEN).hashCode());
        assertNotEquals(VillageCode.of(KELADEN), VillageCode.of("6401022005"));
        assertNotEquals(VillageCode.of(KELADEN), (Object) KELADEN);
        assertTrue(VillageCode.of("1105112002").compareTo(VillageCode.of(KELADEN)) < 0);
        assertTrue(VillageCode.of(KELADEN).compareTo(VillageCode.of("1105112002")) > 0);
        assertEquals(0, VillageCode.of(KELADEN).compareTo(VillageCode.of(KELADEN)));
        assertThrows(NullPointerException.class, () -> VillageCode.of(KELADEN).compareTo(null));
    }
}
