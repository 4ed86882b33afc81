// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The plain-decimal fast path of {@link MinistryNumbers#unitDecimal} answers as the general path does. */
class MinistryNumbersPropertiesTest {

    @Provide
    Arbitrary<String> plainDecimals() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMaxLength(17);
        Arbitrary<String> point = Arbitraries.of("", ".");
        return digits.flatMap(whole -> point.flatMap(p -> digits.map(fraction -> whole + p + fraction)));
    }

    @Provide
    Arbitrary<String> nearlyDecimals() {
        return Arbitraries.strings().withChars("0123456789.+-eE \t").ofMaxLength(18);
    }

    @Property(tries = 3000)
    void plainDecimalsReadAsTheGeneralPathReadsThem(@ForAll("plainDecimals") String text) {
        assertEquals(MinistryNumbers.generalUnitDecimal(text), MinistryNumbers.unitDecimal(text), text);
    }

    @Property(tries = 3000)
    void otherTextsReadAsTheGeneralPathReadsThem(@ForAll("nearlyDecimals") String text) {
        assertEquals(MinistryNumbers.generalUnitDecimal(text), MinistryNumbers.unitDecimal(text), text);
    }

    @Example
    void edgesOfTheFastPath() {
        for (String text : new String[] {"0.7029", "1", "1.", "1.0000", "0", "0.0000", "00.5", ".5", "1.0001", "2",
                "0.123456789012345", "0.1234567890123456", "000000000000001", "1000000000000000", "."}) {
            assertEquals(MinistryNumbers.generalUnitDecimal(text), MinistryNumbers.unitDecimal(text), text);
        }
        assertEquals(Optional.of(new BigDecimal("0.7029")), MinistryNumbers.unitDecimal("0.7029"));
        assertEquals(Optional.empty(), MinistryNumbers.unitDecimal("1.0001"));
    }
}
