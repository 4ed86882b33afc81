// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelFormatExceptionTest {

    @Test
    void messageNamesSourceAndLine() {
        NumberFormatException cause = new NumberFormatException("x");
        ModelFormatException e = new ModelFormatException("variant.tsv", 12, "score: expected a whole number", cause);
        assertEquals("variant.tsv:12: score: expected a whole number", e.getMessage());
        assertEquals("variant.tsv", e.sourceName());
        assertEquals(12, e.line());
        assertSame(cause, e.getCause());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void lineZeroConcernsTheWholeModel() {
        ModelFormatException e = new ModelFormatException("variant.tsv", 0, "no 'model' line", null);
        assertEquals("variant.tsv: no 'model' line", e.getMessage());
        assertEquals(0, e.line());
        assertNull(e.getCause());
    }
}
