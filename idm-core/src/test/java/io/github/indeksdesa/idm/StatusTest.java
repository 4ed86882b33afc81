// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTest {

    @Test
    void namesInEveryForm() {
        assertEquals(List.of("SANGAT TERTINGGAL", "TERTINGGAL", "BERKEMBANG", "MAJU", "MANDIRI"),
                List.of(Status.values()).stream().map(Status::officialName).collect(java.util.stream.Collectors.toList()));
        assertEquals("Sangat Tertinggal", Status.SANGAT_TERTINGGAL.label());
        assertEquals("Berkembang", Status.BERKEMBANG.label());
        assertEquals(List.of("Pratama", "Pra-Madya", "Madya", "Pra-Sembada", "Sembada"),
                List.of(Status.values()).stream().map(Status::alternativeName)
                        .collect(java.util.stream.Collectors.toList()));
        assertEquals("Very underdeveloped", Status.SANGAT_TERTINGGAL.englishName());
        assertEquals("Independent", Status.MANDIRI.englishName());
        assertEquals("Developing", Status.BERKEMBANG.englishName());
    }

    @Test
    void targetIsTheNextStatusUpAndMandiriStays() {
        assertEquals(Status.TERTINGGAL, Status.SANGAT_TERTINGGAL.target());
        assertEquals(Status.BERKEMBANG, Status.TERTINGGAL.target());
        assertEquals(Status.MAJU, Status.BERKEMBANG.target());
        assertEquals(Status.MANDIRI, Status.MAJU.target());
        assertEquals(Status.MANDIRI, Status.MANDIRI.target());
    }

    @Test
    void officialIntervals() {
        assertEquals(Optional.empty(), Status.SANGAT_TERTINGGAL.lowerBound());
        assertEquals(Optional.of(new BigDecimal("0.4907")), Status.SANGAT_TERTINGGAL.upperBound());
        assertEquals(Optional.of(new BigDecimal("0.4907")), Status.TERTINGGAL.lowerBound());
        assertEquals(Optional.of(new BigDecimal("0.5989")), Status.TERTINGGAL.upperBound());
        assertEquals(Optional.of(new BigDecimal("0.5989")), Status.BERKEMBANG.lowerBound());
        assertEquals(Optional.of(new BigDecimal("0.7072")), Status.BERKEMBANG.upperBound());
        assertEquals(Optional.of(new BigDecimal("0.7072")), Status.MAJU.lowerBound());
        assertEquals(Optional.of(new BigDecimal("0.8155")), Status.MAJU.upperBound());
        assertEquals(Optional.of(new BigDecimal("0.8155")), Status.MANDIRI.lowerBound());
        assertEquals(Optional.empty(), Status.MANDIRI.upperBound());
    }

    @Test
    void ofClassifiesExactly() {
        assertEquals(Status.SANGAT_TERTINGGAL, Status.of(Fraction.ZERO));
        assertEquals(Status.MANDIRI, Status.of(Fraction.ONE));
        assertEquals(Status.MAJU, Status.of(Fraction.parse("0.8155")));
        assertEquals("idm", assertThrows(NullPointerException.class, () -> Status.of(null)).getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "SANGAT TERTINGGAL, SANGAT_TERTINGGAL", "Sangat Tertinggal, SANGAT_TERTINGGAL",
        "SANGAT_TERTINGGAL, SANGAT_TERTINGGAL", "sangat-tertinggal, SANGAT_TERTINGGAL",
        "Pratama, SANGAT_TERTINGGAL", "Desa Pratama, SANGAT_TERTINGGAL", "Very underdeveloped, SANGAT_TERTINGGAL",
        "TERTINGGAL, TERTINGGAL", "Desa Pra-Madya, TERTINGGAL", "PraMadya, TERTINGGAL", "Underdeveloped, TERTINGGAL",
        "berkembang, BERKEMBANG", "Madya, BERKEMBANG", "Developing, BERKEMBANG",
        "Maju, MAJU", "Pra-Sembada, MAJU", "Developed, MAJU",
        "' MANDIRI ', MANDIRI", "Desa Sembada, MANDIRI", "Independent, MANDIRI",
    })
    void parseAcceptsEveryName(String name, Status expected) {
        assertEquals(expected, Status.parse(name));
    }

    @Test
    void parseOfTheOwnNamesRoundTrips() {
        for (Status status : Status.values()) {
            assertEquals(status, Status.parse(status.officialName()));
            assertEquals(status, Status.parse(status.label()));
            assertEquals(status, Status.parse(status.name()));
            assertEquals(status, Status.parse(status.alternativeName()));
            assertEquals(status, Status.parse(status.englishName()));
        }
    }

    @Test
    void parseRejectsUnknownNamesListingTheKnownOnes() {
        for (String bad : new String[] {"", "Desa", "Tertinggal sekali", "Maju Mandiri", "Sangat"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Status.parse(bad), bad);
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
            assertTrue(e.getMessage().contains("SANGAT TERTINGGAL, TERTINGGAL, BERKEMBANG, MAJU, MANDIRI"),
                    e.getMessage());
        }
        assertEquals("name", assertThrows(NullPointerException.class, () -> Status.parse(null)).getMessage());
    }
}
