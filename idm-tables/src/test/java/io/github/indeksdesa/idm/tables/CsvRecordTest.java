// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public view of the CSV splitting that the table readers use. */
class CsvRecordTest {

    private static List<CsvRecord> all(String text) {
        List<CsvRecord> out = new ArrayList<>();
        CsvRecord.read(new StringReader(text)).forEachRemaining(out::add);
        return out;
    }

    @Test
    void splitsQuotedFieldsAcrossLinesAndLocatesEachRecord() {
        List<CsvRecord> records = all("\uFEFFid,name\r\n1,\"a, \"\"b\"\"\nc\"\n\n2,x\n");
        assertEquals(List.of("id", "name"), records.get(0).cells());
        assertEquals(List.of("1", "a, \"b\"\nc"), records.get(1).cells());
        assertEquals("lines 2\u20133", records.get(1).location());
        assertTrue(records.get(2).isBlank());
        assertEquals("line 5", records.get(3).location());
        assertEquals(Optional.empty(), records.get(3).problem());
        assertEquals(4, records.size());
    }

    @Test
    void aStrayQuoteIsOneProblemAndTheLinesAfterItAreReadAgain() {
        List<CsvRecord> records = all("id,name\n\"1,a\n2,b\n\"3\"x,c\n");
        assertEquals(List.of("line 1", "lines 2\u20134", "line 3", "line 4"),
                records.stream().map(CsvRecord::location).toList());
        assertTrue(records.get(1).problem().orElseThrow().contains("opened on line 2 runs to line 4"));
        assertEquals(List.of("2", "b"), records.get(2).cells());
        assertEquals(Optional.empty(), records.get(2).problem());
        assertEquals("text after the closing quote of field 1", records.get(3).problem().orElseThrow());
    }

    @Test
    void theIteratorEndsAndNullIsRefused() {
        Iterator<CsvRecord> it = CsvRecord.read(new StringReader("a\n"));
        assertTrue(it.hasNext());
        assertEquals(List.of("a"), it.next().cells());
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        NullPointerException e = assertThrows(NullPointerException.class, () -> CsvRecord.read(null));
        assertEquals("in", e.getMessage());
    }

    @Test
    void lineBreaksInsideQuotesComeAsLfAndAnUnclosedLastFieldIsAProblem() {
        List<CsvRecord> records = all("a,b\r\"x\r\ny\ry\",2\r1,\"open");
        assertEquals(List.of("x\ny\ny", "2"), records.get(1).cells());
        assertEquals("lines 2\u20134", records.get(1).location());
        assertEquals("line 5", records.get(2).location());
        assertEquals(List.of("1", "open"), records.get(2).cells());
        assertTrue(records.get(2).problem().orElseThrow().contains("opened on line 5 is not closed"));
        assertEquals(3, records.size());
    }

    @Test
    void aStrayQuoteFarIntoALongTextIsReadAgainFromTheLineAfterIt() {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 1; i <= 20_000; i++) {
            text.append(i).append(i == 15_000 ? ",\"stray\n" : ",v").append('\n');
        }
        List<CsvRecord> records = all(text.toString());
        assertEquals(20_002, records.size());
        CsvRecord stray = records.get(15_000);
        assertEquals("lines 15001\u201320002", stray.location());
        assertTrue(stray.problem().orElseThrow().contains("not closed"), stray.toString());
        CsvRecord after = records.get(15_001);
        assertEquals("line 15002", after.location());
        assertEquals(List.of(""), after.cells());
        assertEquals(List.of("15001", "v"), records.get(15_002).cells());
        assertEquals("line 20002", records.get(20_001).location());
        assertEquals(List.of("20000", "v"), records.get(20_001).cells());
    }

    @Test
    void textAfterAClosingQuoteKeepsTheRestOfTheLineAndIsBoundedByTheLineLimit() {
        List<CsvRecord> records = all("a,b,c\n\"3\"x,c,d\n4,e,f");
        assertEquals(List.of("3x", "c", "d"), records.get(1).cells());
        assertEquals("line 2", records.get(1).location());
        assertEquals(List.of("4", "e", "f"), records.get(2).cells());
        IdmTableException e = assertThrows(IdmTableException.class,
                () -> all("a\n\"3\"x" + "y".repeat(1 << 21)));
        assertEquals("line 2", e.location());
        assertTrue(e.reason().contains("a line is longer than 1048576 characters"), e.reason());
    }
}
