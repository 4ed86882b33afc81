// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

/**
 * Text from the input made safe for a terminal: control characters (C0, DEL, C1) and the
 * bidirectional overrides are written as {@code \}{@code uXXXX}, so a village name holding an escape
 * sequence cannot move the cursor, recolour the screen or reorder what the reader sees; quoted
 * values are shortened so a 5,000-character cell does not flood the screen.
 */
final class Terminal {

    /** The longest quoted value shown whole. */
    private static final int SHOWN = 80;

    private Terminal() {
    }

    /** Returns the text with every unsafe character escaped. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /** Returns a quoted value shortened to its first characters and its length. */
    static String abbreviate(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 20) + "… (" + text.length() + " characters)";
    }

    private static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    /** The text with its indefinite article: "a scores table", "an Indeks Desa score export". */
    static String article(String text) {
        return (!text.isEmpty() && "AEIOUaeiou".indexOf(text.charAt(0)) >= 0 ? "an " : "a ") + text;
    }
}
