// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgenciesTest {

    private static Agencies kabAndDesa() {
        Map<AgencyLevel, String> map = new EnumMap<>(AgencyLevel.class);
        map.put(AgencyLevel.DESA, "DD");
        map.put(AgencyLevel.KAB, "Dinkes, PU");
        return Agencies.of(map);
    }

    @Test
    void keepsTheColumnTextsAsWritten() {
        Agencies agencies = kabAndDesa();
        assertEquals(Optional.of("Dinkes, PU"), agencies.get(AgencyLevel.KAB));
        assertEquals(Optional.empty(), agencies.get(AgencyLevel.PUSAT));
        assertEquals(List.of(AgencyLevel.KAB, AgencyLevel.DESA), List.copyOf(agencies.asMap().keySet()));
        assertEquals("{KAB=Dinkes, PU, DESA=DD}", agencies.toString());
        assertTrue(!agencies.isEmpty());
    }

    @Test
    void namesSplitAtCommas() {
        Agencies agencies = kabAndDesa();
        assertEquals(List.of("Dinkes", "PU"), agencies.names(AgencyLevel.KAB));
        assertEquals(List.of("DD"), agencies.names(AgencyLevel.DESA));
        assertEquals(List.of(), agencies.names(AgencyLevel.CSR));
        Agencies odd = Agencies.of(Map.of(AgencyLevel.LAINNYA, " BUMDES/ Koperasi ,, Swasta "));
        assertEquals(List.of("BUMDES/ Koperasi", "Swasta"), odd.names(AgencyLevel.LAINNYA));
        assertEquals(Optional.of(" BUMDES/ Koperasi ,, Swasta "), odd.get(AgencyLevel.LAINNYA));
    }

    @Test
    void blankAndNullTextsAreLeftOut() {
        Map<AgencyLevel, String> map = new HashMap<>();
        map.put(AgencyLevel.PUSAT, null);
        map.put(AgencyLevel.PROV, "  ");
        map.put(AgencyLevel.CSR, "");
        assertSame(Agencies.none(), Agencies.of(map));
        assertTrue(Agencies.none().isEmpty());
        assertEquals("{}", Agencies.none().toString());
    }

    @Test
    void isACopyAndUnmodifiable() {
        Map<AgencyLevel, String> map = new EnumMap<>(AgencyLevel.class);
        map.put(AgencyLevel.KAB, "DINKES");
        Agencies agencies = Agencies.of(map);
        map.put(AgencyLevel.KAB, "PU");
        assertEquals(Optional.of("DINKES"), agencies.get(AgencyLevel.KAB));
        assertThrows(UnsupportedOperationException.class, () -> agencies.asMap().put(AgencyLevel.CSR, "x"));
        assertThrows(UnsupportedOperationException.class, () -> agencies.names(AgencyLevel.KAB).add("x"));
    }

    @Test
    void equalityByTexts() {
        assertEquals(kabAndDesa(), kabAndDesa());
        assertEquals(kabAndDesa().hashCode(), kabAndDesa().hashCode());
        assertNotEquals(kabAndDesa(), Agencies.none());
        assertNotEquals(kabAndDesa(), (Object) "agencies");
    }

    @Test
    void nullsAreRejectedByName() {
        assertEquals("byLevel", assertThrows(NullPointerException.class, () -> Agencies.of(null)).getMessage());
        Map<AgencyLevel, String> nullKey = new HashMap<>();
        nullKey.put(null, "DINKES");
        assertEquals("level", assertThrows(NullPointerException.class, () -> Agencies.of(nullKey)).getMessage());
        assertEquals("level", assertThrows(NullPointerException.class, () -> kabAndDesa().get(null)).getMessage());
        assertEquals("level", assertThrows(NullPointerException.class, () -> kabAndDesa().names(null)).getMessage());
    }

    @Test
    void levelsAndIndicesHaveTheirNames() {
        assertEquals(List.of(AgencyLevel.PUSAT, AgencyLevel.PROV, AgencyLevel.KAB, AgencyLevel.DESA, AgencyLevel.CSR,
                AgencyLevel.LAINNYA), List.of(AgencyLevel.values()));
        assertEquals("Provincial government", AgencyLevel.PROV.englishName());
        assertEquals("Village", AgencyLevel.DESA.englishName());
        for (AgencyLevel level : AgencyLevel.values()) {
            assertTrue(!level.englishName().isBlank(), level.name());
        }
        assertEquals(List.of(Index.IKS, Index.IKE, Index.IKL), List.of(Index.values()));
        assertEquals("Indeks Ketahanan Sosial", Index.IKS.indonesianName());
        assertEquals("Indeks Ketahanan Ekonomi", Index.IKE.indonesianName());
        assertEquals("Indeks Ketahanan Ekologi/Lingkungan", Index.IKL.indonesianName());
        assertEquals("Social resilience index", Index.IKS.englishName());
        assertEquals("Ecological resilience index", Index.IKL.englishName());
    }
}
