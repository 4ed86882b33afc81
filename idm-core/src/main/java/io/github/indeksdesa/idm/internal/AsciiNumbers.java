// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.internal;

/**
 * Checks that a number is written in ASCII before Java parses it: {@code new BigDecimal(String)}
 * and {@code Integer.parseInt} take any Unicode digit (Arabic-Indic {@code ٠٫٥}, full-width
 * {@code ２０２４}), which no published table holds and no reader should accept.
 */
public final class AsciiNumbers {

    private AsciiNumbers() {
    }

    /**
     * Tells whether every character of the text is ASCII: digits, signs, point and exponent letters
     * are then what the parsers read, nothing else is a digit.
     *
     * @param text the text, not null
     * @return true if the text holds no character beyond ASCII
     */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
