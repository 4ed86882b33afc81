// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.io.ReadLimits;
import java.nio.file.Path;

/**
 * Reads each table named on the command line twice, under the default limits and without the
 * inflation rule, printing one line for each read: what it ended in. Run by {@link SmallHeapTest}
 * in a JVM of a small heap.
 */
final class SmallHeapMain {

    private SmallHeapMain() {
    }

    public static void main(String[] args) {
        ReadLimits noRatio = ReadLimits.builder().minInflateRatio(0).maxXlsxPartBytes(64 << 20).build();
        for (String arg : args) {
            for (ReadLimits limits : new ReadLimits[] {ReadLimits.defaults(), noRatio}) {
                String label = Path.of(arg).getFileName() + (limits == noRatio ? " no-ratio" : " defaults");
                try {
                    long[] rows = {0};
                    BulkTableReader.official().withLimits(limits).read(Path.of(arg), row -> rows[0]++, row -> { });
                    System.out.println(label + ": read " + rows[0] + " rows");
                } catch (Throwable e) {
                    System.out.println(label + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }
}
