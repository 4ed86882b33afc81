// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A report is never read past ReadLimits.maxReportBytes: an endless input stops there. */
class ReportLimitsTest {

    /** Zeros without end, counting what was read. */
    private static InputStream endless(AtomicLong read) {
        return new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read.addAndGet(len);
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
    }

    @Test
    void anEndlessInputStopsOneByteAfterTheLimit() {
        AtomicLong read = new AtomicLong();
        RumusanReader reader = RumusanReader.official();
        IdmJsonException e = assertThrows(IdmJsonException.class, () -> reader.read(endless(read), "<stdin>"));
        assertEquals(ReadLimits.defaults().maxReportBytes() + 1, read.get());
        assertEquals("<stdin>", e.sourceName());
        assertTrue(e.getMessage().contains("at most 16777216 bytes (ReadLimits.maxReportBytes"), e.getMessage());
    }

    @Test
    void theLimitAdmitsAReportOfExactlyItsSize() {
        byte[] json = Fixtures.json().getBytes(StandardCharsets.UTF_8);
        RumusanReader exact = RumusanReader.official().withLimits(
                ReadLimits.builder().maxReportBytes(json.length).build());
        assertEquals(json.length, exact.limits().maxReportBytes());
        exact.read(new ByteArrayInputStream(json), "r.json");
        exact.read(Fixtures.json(), "r.json");
        RumusanReader tight = RumusanReader.official().withLimits(
                ReadLimits.builder().maxReportBytes(json.length - 1).build());
        assertThrows(IdmJsonException.class, () -> tight.read(new ByteArrayInputStream(json), "r.json"));
        RumusanReader tightText = RumusanReader.official().withLimits(
                ReadLimits.builder().maxReportBytes(Fixtures.json().length() - 1).build());
        assertThrows(IdmJsonException.class, () -> tightText.read(Fixtures.json(), "r.json"));
    }

    @Test
    void limitsAreValidatedAndComparable() {
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxReportBytes(0));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().minInflateRatio(1.5));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().minInflateRatio(Double.NaN));
        ReadLimits raised = ReadLimits.builder().maxGzipBytes(1L << 40).build();
        assertEquals(raised, raised.toBuilder().build());
        assertEquals(raised.hashCode(), raised.toBuilder().build().hashCode());
        assertEquals(ReadLimits.defaults(), ReadLimits.builder().build());
        assertTrue(raised.toString().contains("maxGzipBytes=1099511627776"), raised.toString());
    }
}
