// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.verify.MinistryNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Published decimals of any length and exponent: answered at once, never an undocumented exception. */
class HostileNumbersTest {

    private static final String FIVE_THOUSAND_DIGITS = "0." + "1".repeat(5000);

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "1e-400", "1e-999999999", "1e999999999", "0.49070000000000000001",
        "123456789012345678901234567890"})
    void fractionOfAnyDecimalThrowsOnlyArithmeticException(String text) {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Fraction.of(new BigDecimal(text)));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void fractionOfAFiveThousandDigitNumberThrowsWithAShortMessage() {
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> Fraction.of(new BigDecimal(FIVE_THOUSAND_DIGITS)));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> Fraction.parse(FIVE_THOUSAND_DIGITS));
        assertTrue(p.getMessage().contains("(5002 characters)"), p.getMessage());
    }

    @Test
    void fractionKeepsEveryDecimalThatFits() {
        assertEquals(Fraction.of(6176, 10000), Fraction.of(new BigDecimal("0.617600000000000000000000")));
        assertEquals(Fraction.of(61760000000000004L, 100000000000000000L),
                Fraction.of(new BigDecimal("0.61760000000000004")));
        assertEquals(Fraction.of(1, 1_000_000_000_000_000_000L), Fraction.of(new BigDecimal("1e-18")));
        assertEquals(Fraction.of(Long.MAX_VALUE), Fraction.of(new BigDecimal(Long.MAX_VALUE)));
        assertEquals(Fraction.ZERO, Fraction.of(new BigDecimal("0e-999999999")));
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse("1e-400"));
    }

    @Test
    void thresholdsWithTooManyDecimalsAreAnIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusThresholds.of(
                new BigDecimal("0.49070000000000000001"), new BigDecimal("0.5989"), new BigDecimal("0.7072"),
                new BigDecimal("0.8155")));
        assertTrue(e.getMessage().contains("more than 18 decimals"), e.getMessage());
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class, () -> StatusThresholds.of(
                new BigDecimal("1e-999999999"), new BigDecimal("0.5989"), new BigDecimal("0.7072"),
                new BigDecimal("0.8155")));
        assertTrue(tiny.getMessage().contains("1E-999999999"), tiny.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StatusThresholds.of(new BigDecimal("0.4907"),
                new BigDecimal("0.5989"), new BigDecimal("0.7072"), new BigDecimal("1e999999999")));
    }

    @Test
    void thresholdsWithEighteenDecimalsWorkEverywhere() {
        StatusThresholds t = StatusThresholds.of(new BigDecimal("0.490700000000000001"), new BigDecimal("0.5989"),
                new BigDecimal("0.7072"), new BigDecimal("0.8155"));
        IdmModel model = IdmModel.parse("model.tsv", new StringReader(officialText().replace(
                "threshold\tSANGAT_TERTINGGAL\t0.4907", "threshold\tSANGAT_TERTINGGAL\t0.490700000000000001")));
        assertEquals(t, model.thresholds());
        assertEquals(3092, model.lowestGridNumerator(Status.TERTINGGAL));
        assertEquals(Status.SANGAT_TERTINGGAL, t.classify(Fraction.of(3091, 6300)));
        assertEquals(Status.TERTINGGAL, t.classify(Fraction.of(3092, 6300)));
    }

    @Test
    void aModelFileWithAnOverlongThresholdIsAModelFormatException() {
        String text = officialText().replace("threshold\tSANGAT_TERTINGGAL\t0.4907",
                "threshold\tSANGAT_TERTINGGAL\t0.49070000000000000001");
        assertTrue(text.contains("0.49070000000000000001"));
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> IdmModel.parse("model.tsv", new StringReader(text)));
        assertTrue(e.getMessage().contains("more than 18 decimals"), e.getMessage());
    }

    private static String officialText() {
        try (InputStream in = IdmModel.class.getResourceAsStream("permendesa-pdtt-2-2016.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "-1e-400", "1e999999999", "2", "-0.0001", "", "abc", "0x10", "١٢", "\u0660.\u0665", "\uFF10.\uFF15"})
    void unitDecimalRejectsWhatIsNoIndexValue(String text) {
        assertEquals(Optional.empty(), MinistryNumbers.unitDecimal(text));
    }

    @Test
    void unitDecimalReadsPublishedDecimalsOfAnyLength() {
        assertEquals(Optional.of(new BigDecimal("0.6176")), MinistryNumbers.unitDecimal("0.61760000000000004"));
        assertEquals(Optional.of(BigDecimal.ZERO), MinistryNumbers.unitDecimal("1e-400"));
        assertEquals(Optional.of(BigDecimal.ZERO), MinistryNumbers.unitDecimal("1e-999999999"));
        assertEquals(Optional.of(BigDecimal.ONE), MinistryNumbers.unitDecimal("1.000"));
        assertEquals(Optional.of(new BigDecimal("0.111111111111111")), MinistryNumbers.unitDecimal(FIVE_THOUSAND_DIGITS));
    }

    @Test
    void recoverySnapsAnyDecimalOrSaysOffGrid() {
        IdmModel model = IdmModel.official();
        for (String text : List.of("1e308", "1e-400", "1e-999999999", "-1e999999999", FIVE_THOUSAND_DIGITS)) {
            BigDecimal d = new BigDecimal(text);
            IndexRecovery r = IndexRecovery.of(model, d, d, d);
            assertEquals(text.startsWith("1e-"), r.isOnGrid(), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0660.\u0665", "\uFF11/\uFF12", "\u0661/2"})
    void fractionsAreWrittenInAsciiDigits(String text) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Fraction.parse(text));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("text: expected a fraction"),
                e.getMessage());
    }
}
